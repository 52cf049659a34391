import {
  ChannelType,
  InteractionResponseType,
  MessageFlags,
  type APIChannel,
  type APIInteraction,
  type APIMessage,
} from 'discord.js';
import { buildThreadChannel } from './fake-discord-payloads.js';
import type { FakeDiscordState, RecordedFile } from './fake-discord-state.js';
import { isRecord } from './http-helpers.js';

export type { RecordedFile } from './fake-discord-state.js';

/** One REST call as the fake Discord received and answered it. */
export interface RecordedRestCall {
  method: string;
  /** Decoded path, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  /** The path after `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  route: string;
  query: Record<string, string>;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The JSON body; for multipart requests the parsed `payload_json`. Undefined without a body. */
  body: unknown;
  /** Uploaded `files[n]` parts (multipart only). */
  files: RecordedFile[];
  response: RestReply;
}

export interface RestReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** The parts of a call a route handler needs. */
export type RestCallInput = Omit<RecordedRestCall, 'response'>;

type RouteHandler = (parameters: Record<string, string>, call: RestCallInput) => RestReply;

interface Route {
  method: string;
  pattern: RegExp;
  parameterNames: string[];
  handler: RouteHandler;
}

/** Compiles `/channels/:channelId/messages` into a regular expression with named parameters. */
export function compileRoutePattern(template: string): { pattern: RegExp; parameterNames: string[] } {
  const parameterNames: string[] = [];
  const source = template
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      parameterNames.push(segment.slice(1));
      return '([^/]+)';
    })
    .join('/');
  return { pattern: new RegExp(`^${source}$`), parameterNames };
}

/**
 * Predicate for `waitForRequest`: matches the method and a route template such as
 * `/webhooks/:applicationId/:token/messages/@original`.
 */
export function restCall(method: string, routeTemplate: string): (call: RecordedRestCall) => boolean {
  const { pattern } = compileRoutePattern(routeTemplate);
  return (call) => call.method === method.toUpperCase() && pattern.test(call.route);
}

function discordError(status: number, code: number, message: string): RestReply {
  return { status, body: { message, code } };
}

const noContent: RestReply = { status: 204 };

function bodyRecord(call: RestCallInput): Record<string, unknown> {
  return isRecord(call.body) ? call.body : {};
}

/** Serves the Discord REST API v10 routes a bot typically uses, backed by {@link FakeDiscordState}. */
export class FakeDiscordRestApi {
  private readonly routes: Route[] = [];

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gatewayUrl: () => string,
  ) {
    this.registerRoutes();
  }

  respond(call: RestCallInput): RestReply {
    for (const route of this.routes) {
      if (route.method !== call.method) continue;
      const match = route.pattern.exec(call.route);
      if (match === null) continue;
      const parameters: Record<string, string> = {};
      route.parameterNames.forEach((name, index) => {
        parameters[name] = match[index + 1] ?? '';
      });
      return route.handler(parameters, call);
    }
    return discordError(404, 0, '404: Not Found');
  }

  private add(method: string, template: string, handler: RouteHandler): void {
    this.routes.push({ method, ...compileRoutePattern(template), handler });
  }

  private registerRoutes(): void {
    const state = this.state;
    this.add('GET', '/gateway/bot', () => ({
      status: 200,
      body: {
        url: this.gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      },
    }));
    this.add('GET', '/gateway', () => ({ status: 200, body: { url: this.gatewayUrl() } }));
    this.add('GET', '/users/@me', () => ({ status: 200, body: state.botUser }));
    this.add('GET', '/applications/@me', () => ({
      status: 200,
      body: { id: state.botUser.id, name: state.botUser.username, description: '', icon: null, bot_public: false, bot_require_code_grant: false, flags: 0, bot: state.botUser },
    }));

    this.add('GET', '/applications/:applicationId/commands', () => ({ status: 200, body: state.globalCommands }));
    this.add('PUT', '/applications/:applicationId/commands', (parameters, call) =>
      this.replaceCommands(state.globalCommands, parameters['applicationId'] ?? '', undefined, call.body),
    );
    this.add('GET', '/applications/:applicationId/guilds/:guildId/commands', (parameters) => ({
      status: 200,
      body: state.guildCommands.get(parameters['guildId'] ?? '') ?? [],
    }));
    this.add('PUT', '/applications/:applicationId/guilds/:guildId/commands', (parameters, call) => {
      const guildId = parameters['guildId'] ?? '';
      const list = state.guildCommands.get(guildId) ?? [];
      state.guildCommands.set(guildId, list);
      return this.replaceCommands(list, parameters['applicationId'] ?? '', guildId, call.body);
    });

    this.add('POST', '/interactions/:interactionId/:token/callback', (parameters, call) =>
      this.interactionCallback(parameters['interactionId'] ?? '', parameters['token'] ?? '', call),
    );
    this.add('GET', '/webhooks/:applicationId/:token/messages/:messageId', (parameters) => {
      const message = this.webhookMessage(parameters['token'] ?? '', parameters['messageId'] ?? '');
      return message === undefined ? discordError(404, 10008, 'Unknown Message') : { status: 200, body: message };
    });
    this.add('PATCH', '/webhooks/:applicationId/:token/messages/:messageId', (parameters, call) =>
      this.editWebhookMessage(parameters['token'] ?? '', parameters['messageId'] ?? '', call),
    );
    this.add('DELETE', '/webhooks/:applicationId/:token/messages/:messageId', (parameters) => {
      const token = parameters['token'] ?? '';
      const message = this.webhookMessage(token, parameters['messageId'] ?? '');
      if (message === undefined) return discordError(404, 10008, 'Unknown Message');
      state.deleteMessage(message.channel_id, message.id);
      if (parameters['messageId'] === '@original') state.originalMessages.delete(token);
      return noContent;
    });
    this.add('POST', '/webhooks/:applicationId/:token', (parameters, call) => this.followUp(parameters['token'] ?? '', call));

    this.add('GET', '/channels/:channelId', (parameters) => {
      const channel = state.channels.get(parameters['channelId'] ?? '');
      return channel === undefined ? discordError(404, 10003, 'Unknown Channel') : { status: 200, body: channel };
    });
    this.add('PATCH', '/channels/:channelId', (parameters, call) => {
      const channelId = parameters['channelId'] ?? '';
      const channel = state.channels.get(channelId);
      if (channel === undefined) return discordError(404, 10003, 'Unknown Channel');
      const updated = { ...channel, ...bodyRecord(call) } as APIChannel;
      state.channels.set(channelId, updated);
      return { status: 200, body: updated };
    });
    this.add('GET', '/channels/:channelId/messages', (parameters, call) => {
      const limit = Number(call.query['limit'] ?? '50');
      const newestFirst = [...(state.messages.get(parameters['channelId'] ?? '') ?? [])].reverse();
      return { status: 200, body: newestFirst.slice(0, Number.isFinite(limit) ? limit : 50) };
    });
    this.add('GET', '/channels/:channelId/messages/:messageId', (parameters) => {
      const message = state.findMessage(parameters['channelId'] ?? '', parameters['messageId'] ?? '');
      return message === undefined ? discordError(404, 10008, 'Unknown Message') : { status: 200, body: message };
    });
    this.add('POST', '/channels/:channelId/messages', (parameters, call) => {
      const message = state.messageFromBody(
        { id: state.snowflakes.next(), channelId: parameters['channelId'] ?? '', author: state.botUser },
        call.body,
        call.files,
      );
      state.storeMessage(message);
      return { status: 200, body: message };
    });
    this.add('PATCH', '/channels/:channelId/messages/:messageId', (parameters, call) => {
      const channelId = parameters['channelId'] ?? '';
      const message = state.findMessage(channelId, parameters['messageId'] ?? '');
      if (message === undefined) return discordError(404, 10008, 'Unknown Message');
      const edited = { ...state.applyEdit(message, bodyRecord(call), call.files), edited_timestamp: new Date().toISOString() };
      state.storeMessage(edited);
      return { status: 200, body: edited };
    });
    this.add('DELETE', '/channels/:channelId/messages/:messageId', (parameters) =>
      state.deleteMessage(parameters['channelId'] ?? '', parameters['messageId'] ?? '') ? noContent : discordError(404, 10008, 'Unknown Message'),
    );
    this.add('POST', '/channels/:channelId/typing', () => noContent);
    this.add('PUT', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', () => noContent);
    this.add('DELETE', '/channels/:channelId/messages/:messageId/reactions/:emoji/@me', () => noContent);
    this.add('PUT', '/channels/:channelId/thread-members/@me', () => noContent);
    this.add('DELETE', '/channels/:channelId/thread-members/@me', () => noContent);
    this.add('POST', '/channels/:channelId/messages/:messageId/threads', (parameters, call) =>
      this.startThread(parameters['channelId'] ?? '', parameters['messageId'], call),
    );
    this.add('POST', '/channels/:channelId/threads', (parameters, call) => this.startThread(parameters['channelId'] ?? '', undefined, call));

    this.add('GET', '/guilds/:guildId', (parameters) => {
      const guild = state.guilds.get(parameters['guildId'] ?? '');
      return guild === undefined ? discordError(404, 10004, 'Unknown Guild') : { status: 200, body: guild };
    });
    this.add('GET', '/guilds/:guildId/members/:userId', (parameters) => {
      const member = state.guilds.get(parameters['guildId'] ?? '')?.members.find((candidate) => candidate.user.id === parameters['userId']);
      return member === undefined ? discordError(404, 10007, 'Unknown Member') : { status: 200, body: member };
    });
  }

  private replaceCommands(target: unknown[], applicationId: string, guildId: string | undefined, body: unknown): RestReply {
    if (!Array.isArray(body)) return discordError(400, 50035, 'Invalid Form Body');
    const previous = new Map(target.filter(isRecord).map((command) => [command['name'], command['id']]));
    const echoed = body.filter(isRecord).map((command) => ({
      type: 1,
      description: '',
      default_member_permissions: null,
      nsfw: false,
      ...command,
      id: typeof previous.get(command['name']) === 'string' ? previous.get(command['name']) : this.state.snowflakes.next(),
      application_id: applicationId,
      version: this.state.snowflakes.next(),
      ...(guildId === undefined ? {} : { guild_id: guildId }),
    }));
    target.splice(0, target.length, ...echoed);
    return { status: 200, body: echoed };
  }

  private interactionCallback(interactionId: string, token: string, call: RestCallInput): RestReply {
    const state = this.state;
    if (state.acknowledgedInteractions.has(interactionId)) {
      return discordError(400, 40060, 'Interaction has already been acknowledged.');
    }
    state.acknowledgedInteractions.add(interactionId);
    const interaction = state.interactions.get(token);
    const body = bodyRecord(call);
    const type = typeof body['type'] === 'number' ? body['type'] : 0;
    const data = isRecord(body['data']) ? body['data'] : {};
    let message: APIMessage | undefined;

    if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource) {
      message = this.createResponseMessage(interaction, { ...call, body: data });
      if (type === InteractionResponseType.DeferredChannelMessageWithSource) {
        message = { ...message, flags: (message.flags ?? 0) | MessageFlags.Loading };
      }
      state.originalMessages.set(token, message);
      if (!state.isEphemeral(message)) state.storeMessage(message);
    } else if (type === InteractionResponseType.UpdateMessage && interaction !== undefined && 'message' in interaction && interaction.message !== undefined) {
      message = { ...state.applyEdit(interaction.message, data, call.files), edited_timestamp: new Date().toISOString() };
      state.originalMessages.set(token, message);
      state.storeMessage(message);
    }

    if (call.query['with_response'] !== 'true') return noContent;
    return {
      status: 200,
      body: {
        interaction: {
          id: interactionId,
          type: interaction?.type ?? 2,
          ...(message === undefined
            ? {}
            : {
                response_message_id: message.id,
                response_message_loading: type === InteractionResponseType.DeferredChannelMessageWithSource,
                response_message_ephemeral: state.isEphemeral(message),
              }),
        },
        resource: { type, ...(message === undefined ? {} : { message }) },
      },
    };
  }

  private createResponseMessage(interaction: APIInteraction | undefined, call: RestCallInput): APIMessage {
    return this.state.messageFromBody(
      {
        id: this.state.snowflakes.next(),
        channelId: interaction?.channel?.id ?? interaction?.channel_id ?? '0',
        author: this.state.botUser,
        type: this.state.responseTypeFor(interaction),
        webhookId: this.state.botUser.id,
      },
      call.body,
      call.files,
    );
  }

  private webhookMessage(token: string, messageId: string): APIMessage | undefined {
    if (messageId === '@original') return this.state.originalMessages.get(token);
    return this.state.findMessageAnywhere(messageId);
  }

  private editWebhookMessage(token: string, messageId: string, call: RestCallInput): RestReply {
    const message = this.webhookMessage(token, messageId);
    if (message === undefined) return discordError(404, 10008, 'Unknown Message');
    const edited: APIMessage = {
      ...this.state.applyEdit(message, bodyRecord(call), call.files),
      flags: (message.flags ?? 0) & ~MessageFlags.Loading,
      edited_timestamp: new Date().toISOString(),
    };
    if (messageId === '@original' || this.state.originalMessages.get(token)?.id === message.id) this.state.originalMessages.set(token, edited);
    if (!this.state.isEphemeral(edited)) this.state.storeMessage(edited);
    return { status: 200, body: edited };
  }

  private followUp(token: string, call: RestCallInput): RestReply {
    const message = this.createResponseMessage(this.state.interactions.get(token), call);
    if (!this.state.isEphemeral(message)) this.state.storeMessage(message);
    return call.query['wait'] === 'true' ? { status: 200, body: message } : noContent;
  }

  private startThread(channelId: string, messageId: string | undefined, call: RestCallInput): RestReply {
    const parent = this.state.channels.get(channelId);
    const body = bodyRecord(call);
    const guildId = parent !== undefined && 'guild_id' in parent && typeof parent.guild_id === 'string' ? parent.guild_id : undefined;
    const autoArchive = body['auto_archive_duration'];
    const thread = buildThreadChannel({
      id: messageId ?? this.state.snowflakes.next(),
      guildId: guildId ?? '0',
      parentId: channelId,
      name: typeof body['name'] === 'string' ? body['name'] : 'draad',
      ownerId: this.state.botUser.id,
      type: body['type'] === ChannelType.PrivateThread ? ChannelType.PrivateThread : ChannelType.PublicThread,
      ...(autoArchive === 60 || autoArchive === 1440 || autoArchive === 4320 || autoArchive === 10080 ? { autoArchiveDuration: autoArchive } : {}),
    });
    this.state.channels.set(thread.id, thread);
    if (messageId !== undefined) {
      const starter = this.state.findMessage(channelId, messageId);
      if (starter !== undefined) this.state.storeMessage({ ...starter, thread });
    }
    return { status: 201, body: thread };
  }
}
