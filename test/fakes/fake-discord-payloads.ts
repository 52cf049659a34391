/**
 * Builders for Discord API v10 payloads, typed with discord-api-types (re-exported by
 * discord.js) so a shape the library does not know fails `tsc`.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  InteractionContextType,
  InteractionType,
  Locale,
  MessageType,
  type APIActionRowComponent,
  type ApplicationFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIChannel,
  type APIChatInputApplicationCommandInteraction,
  type APIComponentInMessageActionRow,
  type APIDMChannel,
  type APIGuildMember,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageComponentButtonInteraction,
  type APIModalSubmitInteraction,
  type APIRole,
  type APITextChannel,
  type APIThreadChannel,
  type APIUser,
  type GatewayGuildCreateDispatchData,
  type GatewayReadyDispatchData,
} from 'discord.js';

/** Fixed ids used when a test does not pass its own. All numeric snowflake strings. */
export const fakeDiscordIds = {
  application: '1300000000000000001',
  user: '1300000000000000002',
  guild: '1300000000000000003',
  channel: '1300000000000000004',
  dmChannel: '1300000000000000005',
} as const;

/** Every permission bit set (what the fake grants by default). */
export const allPermissions = '2251799813685247';

const discordEpoch = 1420070400000n;

/** Produces unique, increasing snowflakes whose timestamp part is "now". */
export class SnowflakeSequence {
  private counter = 0n;

  next(): string {
    this.counter += 1n;
    return (((BigInt(Date.now()) - discordEpoch) << 22n) + (this.counter % 4096n)).toString();
  }
}

export interface UserInput {
  id?: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export function buildUser(input: UserInput = {}): APIUser {
  return {
    id: input.id ?? fakeDiscordIds.user,
    username: input.username ?? 'tester',
    discriminator: '0',
    global_name: input.globalName === undefined ? 'Tester' : input.globalName,
    avatar: null,
    ...(input.bot === true ? { bot: true } : {}),
  };
}

export function buildBotUser(applicationId: string, username: string): APIUser {
  return { id: applicationId, username, discriminator: '0', global_name: null, avatar: null, bot: true };
}

export function buildGuildMember(user: APIUser, roles: string[] = []): APIGuildMember {
  return {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles,
    joined_at: new Date(0).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    pending: false,
    communication_disabled_until: null,
    flags: 0 as GuildMemberFlags,
  };
}

export function buildInteractionMember(user: APIUser, permissions: string): APIInteractionGuildMember {
  return { ...buildGuildMember(user), user, permissions };
}

export interface TextChannelInput {
  id?: string;
  guildId: string;
  name?: string;
  parentId?: string | null;
  topic?: string | null;
}

export function buildTextChannel(input: TextChannelInput & { id: string }): APITextChannel {
  return {
    id: input.id,
    type: ChannelType.GuildText,
    guild_id: input.guildId,
    name: input.name ?? 'algemeen',
    position: 0,
    permission_overwrites: [],
    parent_id: input.parentId ?? null,
    nsfw: false,
    topic: input.topic ?? null,
    last_message_id: null,
    rate_limit_per_user: 0,
    default_auto_archive_duration: 1440,
  };
}

export interface ThreadInput {
  id?: string;
  guildId: string;
  parentId: string;
  name?: string;
  ownerId?: string;
  /** Default: public thread (11). */
  type?: ChannelType.PublicThread | ChannelType.PrivateThread | ChannelType.AnnouncementThread;
  autoArchiveDuration?: 60 | 1440 | 4320 | 10080;
}

export function buildThreadChannel(input: ThreadInput & { id: string; ownerId: string }): APIThreadChannel {
  return {
    id: input.id,
    type: input.type ?? ChannelType.PublicThread,
    guild_id: input.guildId,
    parent_id: input.parentId,
    name: input.name ?? 'draad',
    owner_id: input.ownerId,
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    applied_tags: [],
    thread_metadata: {
      archived: false,
      auto_archive_duration: input.autoArchiveDuration ?? 1440,
      archive_timestamp: new Date().toISOString(),
      locked: false,
      create_timestamp: new Date().toISOString(),
    },
  };
}

export function buildDmChannel(id: string, recipient: APIUser): APIDMChannel {
  return { id, type: ChannelType.DM, recipients: [recipient], last_message_id: null, name: null };
}

export interface MessageInput {
  id: string;
  channelId: string;
  author: APIUser;
  content?: string;
  guildId?: string;
  type?: MessageType;
  mentions?: APIUser[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  attachments?: APIAttachment[];
  flags?: number;
  webhookId?: string;
  applicationId?: string;
}

export function buildMessage(input: MessageInput): APIMessage {
  return {
    id: input.id,
    type: input.type ?? MessageType.Default,
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: input.mentions ?? [],
    mention_roles: [],
    attachments: input.attachments ?? [],
    embeds: [],
    pinned: false,
    flags: input.flags ?? 0,
    components: input.components ?? [],
    ...(input.webhookId === undefined ? {} : { webhook_id: input.webhookId }),
    ...(input.applicationId === undefined ? {} : { application_id: input.applicationId }),
  };
}

/** A bot message with one button, the default `message` of a button interaction. */
export function buildMessageWithButton(input: Omit<MessageInput, 'components'> & { customId: string; label?: string }): APIMessage {
  return buildMessage({
    ...input,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: input.customId, label: input.label ?? 'Klik' }],
      },
    ],
  });
}

export function buildEveryoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: allPermissions,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
}

export interface GuildInput {
  id?: string;
  name?: string;
  ownerId?: string;
  /** Guild text channels; default one channel `algemeen` with id {@link fakeDiscordIds.channel}. */
  channels?: TextChannelInput[];
  threads?: ThreadInput[];
  /** Extra members besides the bot itself. */
  members?: APIUser[];
}

export function buildGuildCreate(
  input: { id: string; name: string; ownerId: string },
  channels: APITextChannel[],
  threads: APIThreadChannel[],
  members: APIGuildMember[],
): GatewayGuildCreateDispatchData {
  return {
    id: input.id,
    name: input.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: input.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [buildEveryoneRole(input.id)],
    emojis: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotifications,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    preferred_locale: Locale.Dutch,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    stickers: [],
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: members.length,
    voice_states: [],
    members,
    channels,
    threads,
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export function buildReady(botUser: APIUser, guildIds: readonly string[], resumeUrl: string): GatewayReadyDispatchData {
  return {
    v: 10,
    user: botUser,
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: 'fake-session',
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: botUser.id, flags: 0 as ApplicationFlags, flags_new: '0' },
  };
}

/** A slash-command option value: strings → STRING, integers → INTEGER, other numbers → NUMBER, booleans → BOOLEAN. */
export type OptionValue = string | number | boolean;

/** Options as a name → value record, or raw API options (for users, channels, nested sub-commands, ...). */
export type OptionsInput = Readonly<Record<string, OptionValue>> | readonly APIApplicationCommandInteractionDataOption[];

function optionFor(name: string, value: OptionValue, focused = false): APIApplicationCommandInteractionDataBasicOption {
  const extra = focused ? { focused: true } : {};
  if (typeof value === 'string') return { name, type: ApplicationCommandOptionType.String, value, ...extra };
  if (typeof value === 'boolean') return { name, type: ApplicationCommandOptionType.Boolean, value };
  if (Number.isInteger(value)) return { name, type: ApplicationCommandOptionType.Integer, value, ...extra };
  return { name, type: ApplicationCommandOptionType.Number, value, ...extra };
}

export function buildOptions(options: OptionsInput | undefined): APIApplicationCommandInteractionDataOption[] {
  if (options === undefined) return [];
  if (Array.isArray(options)) return [...(options as readonly APIApplicationCommandInteractionDataOption[])];
  return Object.entries(options as Readonly<Record<string, OptionValue>>).map(([name, value]) => optionFor(name, value));
}

/** Wraps options in a sub-command (and optionally a sub-command group). */
function wrapInSubcommand(
  options: APIApplicationCommandInteractionDataOption[],
  subcommand: string | undefined,
  subcommandGroup: string | undefined,
): APIApplicationCommandInteractionDataOption[] {
  if (subcommand === undefined) return options;
  const basic = options as APIApplicationCommandInteractionDataBasicOption[];
  const wrapped: APIApplicationCommandInteractionDataOption = { name: subcommand, type: ApplicationCommandOptionType.Subcommand, options: basic };
  if (subcommandGroup === undefined) return [wrapped];
  return [{ name: subcommandGroup, type: ApplicationCommandOptionType.SubcommandGroup, options: [wrapped] }];
}

/** Who sent an interaction, and where. */
export interface InteractionContext {
  id: string;
  token: string;
  applicationId: string;
  user: APIUser;
  /** Set for a guild interaction; absent for a DM. */
  guildId?: string;
  /** The channel the interaction happened in (a guild channel, thread or DM channel). */
  channel: APIChannel;
  locale: Locale;
  memberPermissions: string;
}

function interactionBase(context: InteractionContext) {
  const common = {
    id: context.id,
    application_id: context.applicationId,
    token: context.token,
    version: 1 as const,
    app_permissions: allPermissions,
    locale: context.locale,
    entitlements: [],
    attachment_size_limit: 8388608,
    channel: context.channel,
    channel_id: context.channel.id,
  };
  if (context.guildId === undefined) {
    return {
      ...common,
      user: context.user,
      context: InteractionContextType.BotDM,
      authorizing_integration_owners: { '1': context.user.id },
    };
  }
  return {
    ...common,
    guild_id: context.guildId,
    guild_locale: Locale.Dutch,
    guild: { id: context.guildId, locale: Locale.Dutch, features: [] },
    member: buildInteractionMember(context.user, context.memberPermissions),
    context: InteractionContextType.Guild,
    authorizing_integration_owners: { '0': context.guildId },
  };
}

export interface CommandShape {
  commandId: string;
  commandName: string;
  options?: OptionsInput;
  /** Attachment options by option name (see `FakeDiscord.createAttachment`); added with `resolved.attachments`. */
  attachments?: Readonly<Record<string, APIAttachment>>;
  subcommand?: string;
  subcommandGroup?: string;
}

function attachmentOptions(attachments: Readonly<Record<string, APIAttachment>> | undefined): APIApplicationCommandInteractionDataOption[] {
  return Object.entries(attachments ?? {}).map(([name, attachment]) => ({ name, type: ApplicationCommandOptionType.Attachment, value: attachment.id }));
}

function resolvedAttachments(attachments: Readonly<Record<string, APIAttachment>> | undefined) {
  const list = Object.values(attachments ?? {});
  if (list.length === 0) return {};
  return { resolved: { attachments: Object.fromEntries(list.map((attachment) => [attachment.id, attachment])) } };
}

export function buildChatInputInteraction(context: InteractionContext, command: CommandShape): APIChatInputApplicationCommandInteraction {
  return {
    ...interactionBase(context),
    type: InteractionType.ApplicationCommand,
    data: {
      id: command.commandId,
      name: command.commandName,
      type: ApplicationCommandType.ChatInput,
      options: wrapInSubcommand(
        [...buildOptions(command.options), ...attachmentOptions(command.attachments)],
        command.subcommand,
        command.subcommandGroup,
      ),
      ...resolvedAttachments(command.attachments),
      ...(context.guildId === undefined ? {} : { guild_id: context.guildId }),
    },
  };
}

export function buildAutocompleteInteraction(
  context: InteractionContext,
  command: CommandShape & { focused: { name: string; value: string | number } },
): APIApplicationCommandAutocompleteInteraction {
  const options = [...buildOptions(command.options), optionFor(command.focused.name, command.focused.value, true)];
  return {
    ...interactionBase(context),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: command.commandId,
      name: command.commandName,
      type: ApplicationCommandType.ChatInput,
      options: wrapInSubcommand(options, command.subcommand, command.subcommandGroup),
    },
  };
}

export function buildButtonInteraction(context: InteractionContext, customId: string, message: APIMessage): APIMessageComponentButtonInteraction {
  return {
    ...interactionBase(context),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message,
  };
}

/** Modal text-input values by custom_id, each delivered in its own action row. */
export function buildModalSubmitInteraction(
  context: InteractionContext,
  customId: string,
  fields: Readonly<Record<string, string>>,
  message?: APIMessage,
): APIModalSubmitInteraction {
  return {
    ...interactionBase(context),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(fields).map(([fieldId, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: fieldId, value }],
      })),
    },
    ...(message === undefined ? {} : { message }),
  };
}
