import type { Configuration } from '../config/configuration.js';
import { botTexts, channelNotAllowed } from './bot-texts.js';

/** Where a request comes from and who makes it: what the allow-lists are checked against. */
export interface AccessSubject {
  /** Null in a DM. */
  guildId: string | null;
  channelId: string | null;
  /** The parent channel when the request comes from a thread. */
  parentChannelId: string | null;
  roleIds: readonly string[];
  /** The member has the Administrator permission. */
  administrator: boolean;
}

/**
 * The allow-lists of DISCORD_GUILD_IDS, DISCORD_CHANNEL_IDS and DISCORD_ROLE_IDS (an empty list allows all) and the
 * admin rule of DISCORD_ADMIN_ROLE_ID. A thread counts as its parent channel. With a guild list, DMs are refused.
 */
export class AccessPolicy {
  private readonly guildIds: ReadonlySet<string>;
  private readonly channelIds: ReadonlySet<string>;
  private readonly roleIds: ReadonlySet<string>;

  constructor(private readonly configuration: Pick<Configuration, 'DISCORD_GUILD_IDS' | 'DISCORD_CHANNEL_IDS' | 'DISCORD_ROLE_IDS' | 'DISCORD_ADMIN_ROLE_ID'>) {
    this.guildIds = new Set(configuration.DISCORD_GUILD_IDS);
    this.channelIds = new Set(configuration.DISCORD_CHANNEL_IDS);
    this.roleIds = new Set(configuration.DISCORD_ROLE_IDS);
  }

  /** Undefined when allowed; otherwise the polite Dutch refusal. */
  refusalFor(subject: AccessSubject): string | undefined {
    if (this.guildIds.size > 0 && (subject.guildId === null || !this.guildIds.has(subject.guildId))) return botTexts.guildNotAllowed;
    if (this.channelIds.size > 0) {
      const inAllowedChannel = [subject.channelId, subject.parentChannelId].some((id) => id !== null && this.channelIds.has(id));
      if (!inAllowedChannel) return channelNotAllowed([...this.channelIds]);
    }
    if (this.roleIds.size > 0 && !subject.roleIds.some((id) => this.roleIds.has(id))) return botTexts.roleNotAllowed;
    return undefined;
  }

  isAllowed(subject: AccessSubject): boolean {
    return this.refusalFor(subject) === undefined;
  }

  /** Admins have DISCORD_ADMIN_ROLE_ID or the Administrator permission. */
  isAdmin(subject: AccessSubject): boolean {
    const adminRole = this.configuration.DISCORD_ADMIN_ROLE_ID;
    return subject.administrator || (adminRole !== undefined && subject.roleIds.includes(adminRole));
  }
}
