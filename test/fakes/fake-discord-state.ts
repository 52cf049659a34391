import {
  InteractionType,
  MessageFlags,
  MessageType,
  type APIAttachment,
  type APIChannel,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord.js';
import { buildMessage, SnowflakeSequence } from './fake-discord-payloads.js';
import { isRecord } from './http-helpers.js';

/** A file that discord.js uploaded as a `files[n]` multipart part. */
export interface RecordedFile {
  /** Multipart field name, e.g. `files[0]`. */
  fieldName: string;
  fileName: string;
  contentType: string;
  size: number;
  content: Buffer;
}

/** An uploaded or fake attachment that the fake serves back under `/attachments/...`. */
export interface StoredAttachment {
  attachment: APIAttachment;
  content: Buffer;
}

/**
 * Everything the fake Discord remembers: channels, guilds, messages, interactions and
 * their responses, registered commands, attachment contents.
 */
export class FakeDiscordState {
  readonly snowflakes = new SnowflakeSequence();
  readonly guilds = new Map<string, GatewayGuildCreateDispatchData>();
  readonly channels = new Map<string, APIChannel>();
  /** Messages per channel id, oldest first. */
  readonly messages = new Map<string, APIMessage[]>();
  /** Interactions sent through the helpers, by token. */
  readonly interactions = new Map<string, APIInteraction>();
  /** The "@original" response message per interaction token. */
  readonly originalMessages = new Map<string, APIMessage>();
  readonly acknowledgedInteractions = new Set<string>();
  readonly globalCommands: unknown[] = [];
  readonly guildCommands = new Map<string, unknown[]>();
  readonly attachments = new Map<string, StoredAttachment>();

  constructor(
    readonly botUser: APIUser,
    private readonly attachmentBaseUrl: () => string,
  ) {}

  storeMessage(message: APIMessage): void {
    const list = this.messages.get(message.channel_id) ?? [];
    const index = list.findIndex((existing) => existing.id === message.id);
    if (index >= 0) list[index] = message;
    else list.push(message);
    this.messages.set(message.channel_id, list);
  }

  findMessage(channelId: string, messageId: string): APIMessage | undefined {
    return this.messages.get(channelId)?.find((message) => message.id === messageId);
  }

  findMessageAnywhere(messageId: string): APIMessage | undefined {
    for (const list of this.messages.values()) {
      const found = list.find((message) => message.id === messageId);
      if (found !== undefined) return found;
    }
    for (const message of this.originalMessages.values()) if (message.id === messageId) return message;
    return undefined;
  }

  deleteMessage(channelId: string, messageId: string): boolean {
    const list = this.messages.get(channelId);
    const index = list?.findIndex((message) => message.id === messageId) ?? -1;
    if (list === undefined || index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  storeAttachment(fileName: string, content: Buffer, contentType: string): APIAttachment {
    const id = this.snowflakes.next();
    const url = `${this.attachmentBaseUrl()}/attachments/${id}/${encodeURIComponent(fileName)}`;
    const attachment: APIAttachment = { id, filename: fileName, size: content.length, url, proxy_url: url, content_type: contentType };
    this.attachments.set(id, { attachment, content });
    return attachment;
  }

  /** Builds a message from a REST body (create/execute webhook/edit) plus uploaded files. */
  messageFromBody(
    base: { id: string; channelId: string; author: APIUser; type?: MessageType; webhookId?: string },
    body: unknown,
    files: readonly RecordedFile[],
  ): APIMessage {
    const payload = isRecord(body) ? body : {};
    const message = buildMessage({
      id: base.id,
      channelId: base.channelId,
      author: base.author,
      content: typeof payload['content'] === 'string' ? payload['content'] : '',
      ...(base.type === undefined ? {} : { type: base.type }),
      flags: typeof payload['flags'] === 'number' ? payload['flags'] : 0,
      attachments: files.map((file) => this.storeAttachment(file.fileName, file.content, file.contentType)),
      ...(base.webhookId === undefined ? {} : { webhookId: base.webhookId, applicationId: base.webhookId }),
    });
    return this.applyEdit(message, payload, []);
  }

  /** Applies the editable fields of a REST body to a message. New files are appended as attachments. */
  applyEdit(message: APIMessage, payload: Record<string, unknown>, files: readonly RecordedFile[]): APIMessage {
    const edited: APIMessage = { ...message };
    if (typeof payload['content'] === 'string') edited.content = payload['content'];
    if (Array.isArray(payload['embeds'])) edited.embeds = payload['embeds'] as APIMessage['embeds'];
    if (Array.isArray(payload['components'])) edited.components = payload['components'] as APIMessage['components'];
    if (typeof payload['flags'] === 'number') edited.flags = payload['flags'];
    if (files.length > 0) {
      edited.attachments = [...edited.attachments, ...files.map((file) => this.storeAttachment(file.fileName, file.content, file.contentType))];
    }
    return edited;
  }

  /** The message type discord.js sees for responses to this interaction. */
  responseTypeFor(interaction: APIInteraction | undefined): MessageType {
    return interaction?.type === InteractionType.ApplicationCommand ? MessageType.ChatInputCommand : MessageType.Default;
  }

  isEphemeral(message: APIMessage): boolean {
    return ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  }
}
