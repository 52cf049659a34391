/**
 * A loopback fake of the Discord REST API (`/api/v10/...`) and gateway, on one 127.0.0.1 port.
 *
 *   const fake = await startFakeDiscord({ guilds: [{}] });
 *   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.restApiUrl } });
 *   await client.login('fake.bot.token');            // then await the ClientReady event
 *   fake.sendSlashCommand({ commandName: 'vraag', options: { vraag: 'Hoe?' }, guildId: fakeDiscordIds.guild });
 *   const edit = await fake.waitForRequest(restCall('PATCH', '/webhooks/:applicationId/:token/messages/@original'));
 *   await client.destroy(); await fake.close();
 *
 * Do not install `zlib-sync`: discord.js would then ask for zlib-stream compression, which this fake does not speak.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import {
  Locale,
  type APIApplicationCommandAutocompleteInteraction,
  type APIAttachment,
  type APIChannel,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmitInteraction,
  type APIThreadChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayMessageCreateDispatchData,
  type GatewayThreadCreateDispatchData,
} from 'discord.js';
import { FakeGateway, type GatewayFrame } from './fake-discord-gateway.js';
import {
  allPermissions,
  buildAutocompleteInteraction,
  buildBotUser,
  buildButtonInteraction,
  buildChatInputInteraction,
  buildDmChannel,
  buildGuildCreate,
  buildGuildMember,
  buildMessage,
  buildMessageWithButton,
  buildModalSubmitInteraction,
  buildReady,
  buildTextChannel,
  buildThreadChannel,
  buildUser,
  fakeDiscordIds,
  type GuildInput,
  type InteractionContext,
  type OptionsInput,
  type ThreadInput,
} from './fake-discord-payloads.js';
import { FakeDiscordRestApi, type RecordedRestCall, type RestCallInput, type RestReply } from './fake-discord-rest.js';
import { FakeDiscordState, type RecordedFile } from './fake-discord-state.js';
import { flattenHeaders, listenOnLoopback, parseJsonOrUndefined, queryToRecord, readRequestBody } from './http-helpers.js';
import { RecordingLog, type WaitForOptions } from './recording-log.js';

export { restCall, type RecordedRestCall, type RestCallInput, type RestReply } from './fake-discord-rest.js';
export type { RecordedFile } from './fake-discord-state.js';
export type { GatewayFrame } from './fake-discord-gateway.js';
export {
  buildMessage,
  buildMessageWithButton,
  buildUser,
  fakeDiscordIds,
  type GuildInput,
  type MessageInput,
  type OptionsInput,
  type ThreadInput,
} from './fake-discord-payloads.js';

export interface FakeDiscordOptions {
  /** Also the bot user id. Default {@link fakeDiscordIds.application}. */
  applicationId?: string;
  botUsername?: string;
  /** HELLO heartbeat interval. Default 45 000 ms (no heartbeat during a short test). */
  heartbeatIntervalMs?: number;
  /** Guilds announced in READY and sent as GUILD_CREATE right after it. */
  guilds?: GuildInput[];
}

/** Who sends an interaction, and where. Without `guildId` it is a DM. */
export interface InteractionTarget {
  user?: APIUser;
  guildId?: string;
  /** Default {@link fakeDiscordIds.channel} in a guild, {@link fakeDiscordIds.dmChannel} in a DM. */
  channelId?: string;
  locale?: Locale;
  /** Permissions of the invoking member (guild only). Default: all. */
  memberPermissions?: string;
  interactionId?: string;
  token?: string;
}

export interface SlashCommandInput extends InteractionTarget {
  commandName: string;
  commandId?: string;
  options?: OptionsInput;
  attachments?: Readonly<Record<string, APIAttachment>>;
  subcommand?: string;
  subcommandGroup?: string;
}

export interface AutocompleteInput extends SlashCommandInput {
  focused: { name: string; value: string | number };
}

export interface ButtonClickInput extends InteractionTarget {
  customId: string;
  /** The message that carries the button. Default: a bot message with that one button. */
  message?: APIMessage;
}

export interface ModalSubmitInput extends InteractionTarget {
  customId: string;
  /** Text-input values by custom_id. */
  fields: Readonly<Record<string, string>>;
  message?: APIMessage;
}

export interface MessageCreateInput {
  content: string;
  /** Default {@link fakeDiscordIds.channel}. The channel (or thread) must be known to discord.js: send GUILD_CREATE / THREAD_CREATE first. */
  channelId?: string;
  /** Default: the guild of the known channel. */
  guildId?: string;
  author?: APIUser;
  /** Adds the bot to `mentions` and prefixes `<@botId> ` when the content does not mention it yet. */
  mentionBot?: boolean;
  mentions?: APIUser[];
  attachments?: APIAttachment[];
  id?: string;
}

export interface ThreadCreateInput extends Partial<ThreadInput> {
  /** Default true: the bot was just added to a new thread. */
  newlyCreated?: boolean;
}

export type RestInterceptor = (call: RestCallInput) => RestReply | undefined;

export interface FakeDiscord {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly baseUrl: string;
  /** `http://127.0.0.1:PORT/api`, for `new Client({ rest: { api } })` or `new REST({ api })`. */
  readonly restApiUrl: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  /** Every REST call, in arrival order. */
  readonly requests: RecordedRestCall[];
  /** Every gateway frame received from clients (identify, heartbeats, ...). */
  readonly gatewayFrames: GatewayFrame[];
  /** Resolves with the first (already recorded or future) REST call matching the predicate. */
  waitForRequest(predicate: (call: RecordedRestCall) => boolean, timeoutMs?: number, options?: WaitForOptions): Promise<RecordedRestCall>;
  waitForGatewayFrame(predicate: (frame: GatewayFrame) => boolean, timeoutMs?: number, options?: WaitForOptions): Promise<GatewayFrame>;
  /** Sends `{op:0, t: eventName, d: data}` to every logged-in client. Throws when none is. */
  dispatch(eventName: string, data: unknown): void;
  sendSlashCommand(input: SlashCommandInput): APIChatInputApplicationCommandInteraction;
  sendAutocomplete(input: AutocompleteInput): APIApplicationCommandAutocompleteInteraction;
  sendButtonClick(input: ButtonClickInput): APIMessageComponentButtonInteraction;
  sendModalSubmit(input: ModalSubmitInput): APIModalSubmitInteraction;
  sendMessageCreate(input: MessageCreateInput): GatewayMessageCreateDispatchData;
  /** Registers the guild; dispatches now when a client is logged in, otherwise right after READY. */
  sendGuildCreate(input?: GuildInput): GatewayGuildCreateDispatchData;
  sendThreadCreate(input?: ThreadCreateInput): GatewayThreadCreateDispatchData;
  /** Stores a file served at its `url` (for attachment options and downloads). */
  createAttachment(fileName: string, content: Buffer | string, contentType?: string): APIAttachment;
  /** Messages the fake knows in a channel, oldest first (ephemeral responses excluded). */
  messagesIn(channelId: string): APIMessage[];
  /** The current "@original" response message of an interaction. */
  originalMessageOf(interactionToken: string): APIMessage | undefined;
  /** Answers matching REST calls before the built-in routes (e.g. a 500 or 429). Returns a remover. */
  interceptRest(interceptor: RestInterceptor): () => void;
  close(): Promise<void>;
}

const apiPrefix = '/api/v10';

async function parseMultipart(rawBody: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  const form = await new Response(new Uint8Array(rawBody), { headers: { 'content-type': contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [fieldName, value] of form.entries()) {
    if (typeof value === 'string') {
      if (fieldName === 'payload_json') body = parseJsonOrUndefined(value);
      continue;
    }
    const content = Buffer.from(await value.arrayBuffer());
    files.push({ fieldName, fileName: value.name, contentType: value.type, size: content.length, content });
  }
  return { body, files };
}

class FakeDiscordServer implements FakeDiscord {
  readonly applicationId: string;
  readonly botUser: APIUser;
  port = 0;
  private readonly requestLog = new RecordingLog<RecordedRestCall>('fake Discord REST');
  private readonly interceptors = new Set<RestInterceptor>();
  private readonly server: Server;
  private readonly state: FakeDiscordState;
  private readonly restApi: FakeDiscordRestApi;
  private readonly gateway: FakeGateway;

  constructor(options: FakeDiscordOptions) {
    this.applicationId = options.applicationId ?? fakeDiscordIds.application;
    this.botUser = buildBotUser(this.applicationId, options.botUsername ?? 'stuurwijzer');
    this.state = new FakeDiscordState(this.botUser, () => this.baseUrl);
    this.restApi = new FakeDiscordRestApi(this.state, () => `ws://127.0.0.1:${this.port}`);
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        if (!response.headersSent) {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ message: `fake Discord failure: ${String(error)}`, code: 0 }));
        }
      });
    });
    this.gateway = new FakeGateway(
      this.server,
      {
        onIdentify: (session) => {
          session.dispatch('READY', buildReady(this.botUser, [...this.state.guilds.keys()], `ws://127.0.0.1:${this.port}`));
          for (const guild of this.state.guilds.values()) session.dispatch('GUILD_CREATE', guild);
        },
        membersOf: (guildId) => this.state.guilds.get(guildId)?.members ?? [],
      },
      options.heartbeatIntervalMs ?? 45_000,
    );
    for (const guild of options.guilds ?? []) this.registerGuild(guild);
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get restApiUrl(): string {
    return `${this.baseUrl}/api`;
  }

  get requests(): RecordedRestCall[] {
    return this.requestLog.entries;
  }

  get gatewayFrames(): GatewayFrame[] {
    return this.gateway.frames.entries;
  }

  async listen(): Promise<void> {
    this.port = await listenOnLoopback(this.server);
  }

  waitForRequest(predicate: (call: RecordedRestCall) => boolean, timeoutMs = 2000, options?: WaitForOptions): Promise<RecordedRestCall> {
    return this.requestLog.waitFor(predicate, timeoutMs, options);
  }

  waitForGatewayFrame(predicate: (frame: GatewayFrame) => boolean, timeoutMs = 2000, options?: WaitForOptions): Promise<GatewayFrame> {
    return this.gateway.frames.waitFor(predicate, timeoutMs, options);
  }

  dispatch(eventName: string, data: unknown): void {
    this.gateway.dispatch(eventName, data);
  }

  sendSlashCommand(input: SlashCommandInput): APIChatInputApplicationCommandInteraction {
    const interaction = buildChatInputInteraction(this.contextFor(input), {
      commandId: input.commandId ?? this.state.snowflakes.next(),
      commandName: input.commandName,
      ...(input.options === undefined ? {} : { options: input.options }),
      ...(input.attachments === undefined ? {} : { attachments: input.attachments }),
      ...(input.subcommand === undefined ? {} : { subcommand: input.subcommand }),
      ...(input.subcommandGroup === undefined ? {} : { subcommandGroup: input.subcommandGroup }),
    });
    return this.sendInteraction(interaction);
  }

  sendAutocomplete(input: AutocompleteInput): APIApplicationCommandAutocompleteInteraction {
    const interaction = buildAutocompleteInteraction(this.contextFor(input), {
      commandId: input.commandId ?? this.state.snowflakes.next(),
      commandName: input.commandName,
      focused: input.focused,
      ...(input.options === undefined ? {} : { options: input.options }),
      ...(input.subcommand === undefined ? {} : { subcommand: input.subcommand }),
      ...(input.subcommandGroup === undefined ? {} : { subcommandGroup: input.subcommandGroup }),
    });
    return this.sendInteraction(interaction);
  }

  sendButtonClick(input: ButtonClickInput): APIMessageComponentButtonInteraction {
    const context = this.contextFor(input);
    const message =
      input.message ??
      buildMessageWithButton({
        id: this.state.snowflakes.next(),
        channelId: context.channel.id,
        author: this.botUser,
        content: 'Bericht met knop',
        customId: input.customId,
      });
    return this.sendInteraction(buildButtonInteraction(context, input.customId, message));
  }

  sendModalSubmit(input: ModalSubmitInput): APIModalSubmitInteraction {
    return this.sendInteraction(buildModalSubmitInteraction(this.contextFor(input), input.customId, input.fields, input.message));
  }

  sendMessageCreate(input: MessageCreateInput): GatewayMessageCreateDispatchData {
    const channelId = input.channelId ?? fakeDiscordIds.channel;
    const known = this.state.channels.get(channelId);
    const guildId = input.guildId ?? (known !== undefined && 'guild_id' in known && typeof known.guild_id === 'string' ? known.guild_id : undefined);
    const author = input.author ?? buildUser();
    const mention = `<@${this.botUser.id}>`;
    const mentions = [...(input.mentions ?? []), ...(input.mentionBot === true ? [this.botUser] : [])];
    const content = input.mentionBot === true && !input.content.includes(mention) ? `${mention} ${input.content}` : input.content;
    const message = buildMessage({
      id: input.id ?? this.state.snowflakes.next(),
      channelId,
      author,
      content,
      mentions,
      ...(input.attachments === undefined ? {} : { attachments: input.attachments }),
    });
    this.state.storeMessage(message);
    const payload: GatewayMessageCreateDispatchData = {
      ...message,
      ...(guildId === undefined ? {} : { guild_id: guildId, member: buildGuildMember(author) }),
    };
    this.dispatch('MESSAGE_CREATE', payload);
    return payload;
  }

  sendGuildCreate(input: GuildInput = {}): GatewayGuildCreateDispatchData {
    const guild = this.registerGuild(input);
    if (this.gateway.hasIdentifiedSession) this.dispatch('GUILD_CREATE', guild);
    return guild;
  }

  sendThreadCreate(input: ThreadCreateInput = {}): GatewayThreadCreateDispatchData {
    const thread = this.threadFrom(input);
    this.state.channels.set(thread.id, thread);
    const payload: GatewayThreadCreateDispatchData = { ...thread, ...(input.newlyCreated === false ? {} : { newly_created: true as const }) };
    this.dispatch('THREAD_CREATE', payload);
    return payload;
  }

  createAttachment(fileName: string, content: Buffer | string, contentType = 'application/octet-stream'): APIAttachment {
    return this.state.storeAttachment(fileName, Buffer.isBuffer(content) ? content : Buffer.from(content), contentType);
  }

  messagesIn(channelId: string): APIMessage[] {
    return [...(this.state.messages.get(channelId) ?? [])];
  }

  originalMessageOf(interactionToken: string): APIMessage | undefined {
    return this.state.originalMessages.get(interactionToken);
  }

  interceptRest(interceptor: RestInterceptor): () => void {
    this.interceptors.add(interceptor);
    return () => {
      this.interceptors.delete(interceptor);
    };
  }

  async close(): Promise<void> {
    this.requestLog.close('fake Discord closed');
    await this.gateway.close();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private sendInteraction<Interaction extends APIInteraction>(interaction: Interaction): Interaction {
    this.state.interactions.set(interaction.token, interaction);
    this.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  private contextFor(target: InteractionTarget): InteractionContext {
    const user = target.user ?? buildUser();
    const guildId = target.guildId;
    const channelId = target.channelId ?? (guildId === undefined ? fakeDiscordIds.dmChannel : fakeDiscordIds.channel);
    const channel: APIChannel =
      this.state.channels.get(channelId) ??
      (guildId === undefined ? buildDmChannel(channelId, user) : buildTextChannel({ id: channelId, guildId }));
    return {
      id: target.interactionId ?? this.state.snowflakes.next(),
      token: target.token ?? `fake-interaction-token-${this.state.snowflakes.next()}`,
      applicationId: this.applicationId,
      user,
      ...(guildId === undefined ? {} : { guildId }),
      channel,
      locale: target.locale ?? Locale.Dutch,
      memberPermissions: target.memberPermissions ?? allPermissions,
    };
  }

  private threadFrom(input: Partial<ThreadInput>): APIThreadChannel {
    return buildThreadChannel({
      ...input,
      id: input.id ?? this.state.snowflakes.next(),
      guildId: input.guildId ?? fakeDiscordIds.guild,
      parentId: input.parentId ?? fakeDiscordIds.channel,
      ownerId: input.ownerId ?? fakeDiscordIds.user,
    });
  }

  private registerGuild(input: GuildInput): GatewayGuildCreateDispatchData {
    const guildId = input.id ?? fakeDiscordIds.guild;
    const channels = (input.channels ?? [{ id: fakeDiscordIds.channel, guildId, name: 'algemeen' }]).map((channel) =>
      buildTextChannel({ ...channel, id: channel.id ?? this.state.snowflakes.next(), guildId }),
    );
    const threads = (input.threads ?? []).map((thread) => this.threadFrom({ ...thread, guildId }));
    const members = [this.botUser, ...(input.members ?? [buildUser()])].map((user) => buildGuildMember(user));
    const guild = buildGuildCreate(
      { id: guildId, name: input.name ?? 'Gemeente Teststad', ownerId: input.ownerId ?? fakeDiscordIds.user },
      channels,
      threads,
      members,
    );
    this.state.guilds.set(guildId, guild);
    for (const channel of [...channels, ...threads]) this.state.channels.set(channel.id, channel);
    return guild;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.baseUrl);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const rawBody = await readRequestBody(request);

    if (request.method === 'GET' && path.startsWith('/attachments/')) {
      const stored = this.state.attachments.get(path.split('/')[2] ?? '');
      if (stored === undefined) {
        response.writeHead(404).end();
      } else {
        response.writeHead(200, { 'content-type': stored.attachment.content_type ?? 'application/octet-stream' }).end(stored.content);
      }
      return;
    }

    const headers = flattenHeaders(request.headers);
    const contentType = headers['content-type'] ?? '';
    const parsed = contentType.startsWith('multipart/form-data')
      ? await parseMultipart(rawBody, contentType)
      : { body: parseJsonOrUndefined(rawBody.toString('utf8')), files: [] };
    const call: RestCallInput = {
      method: request.method ?? 'GET',
      path,
      route: path.startsWith(apiPrefix) ? path.slice(apiPrefix.length) : path,
      query: queryToRecord(url.searchParams),
      headers,
      body: parsed.body,
      files: parsed.files,
    };
    let reply: RestReply;
    try {
      reply = this.replyTo(call);
    } catch (error) {
      reply = { status: 500, body: { message: `fake Discord failure: ${String(error)}`, code: 0 } };
    }
    this.requestLog.record({ ...call, response: reply });

    if (reply.status === 204 || reply.body === undefined) {
      response.writeHead(reply.status, reply.headers ?? {}).end();
      return;
    }
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(JSON.stringify(reply.body));
  }

  private replyTo(call: RestCallInput): RestReply {
    for (const interceptor of this.interceptors) {
      const reply = interceptor(call);
      if (reply !== undefined) return reply;
    }
    if (!call.path.startsWith(`${apiPrefix}/`)) return { status: 404, body: { message: '404: Not Found', code: 0 } };
    return this.restApi.respond(call);
  }
}

/** Starts a fake Discord REST API and gateway on one 127.0.0.1 port. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscordServer(options);
  await fake.listen();
  return fake;
}
