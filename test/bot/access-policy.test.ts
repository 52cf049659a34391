import { describe, expect, it } from 'vitest';
import { AccessPolicy, type AccessSubject } from '../../bot/access-policy.js';

const subject = (overrides: Partial<AccessSubject> = {}): AccessSubject => ({
  guildId: '1',
  channelId: '10',
  parentChannelId: null,
  roleIds: [],
  administrator: false,
  ...overrides,
});

const policy = (lists: { guilds?: string[]; channels?: string[]; roles?: string[]; admin?: string } = {}): AccessPolicy =>
  new AccessPolicy({ DISCORD_GUILD_IDS: lists.guilds ?? [], DISCORD_CHANNEL_IDS: lists.channels ?? [], DISCORD_ROLE_IDS: lists.roles ?? [], DISCORD_ADMIN_ROLE_ID: lists.admin });

describe('AccessPolicy', () => {
  it('allows everything with empty lists, DMs included', () => {
    expect(policy().refusalFor(subject())).toBeUndefined();
    expect(policy().refusalFor(subject({ guildId: null }))).toBeUndefined();
  });

  it('checks guilds (refusing DMs when a guild list is set), channels (threads count as their parent) and roles', () => {
    const restricted = policy({ guilds: ['1'], channels: ['10', '11'], roles: ['5'] });
    expect(restricted.refusalFor(subject({ roleIds: ['5'] }))).toBeUndefined();
    expect(restricted.refusalFor(subject({ channelId: '99', parentChannelId: '11', roleIds: ['5'] }))).toBeUndefined();
    expect(restricted.refusalFor(subject({ guildId: '2', roleIds: ['5'] }))).toBe('Stuurwijzer is in deze server niet beschikbaar.');
    expect(restricted.refusalFor(subject({ guildId: null, roleIds: ['5'] }))).toBe('Stuurwijzer is in deze server niet beschikbaar.');
    expect(restricted.refusalFor(subject({ channelId: '12', roleIds: ['5'] }))).toBe('Stuurwijzer beantwoordt in dit kanaal geen vragen. Stel je vraag in <#10> of <#11>.');
    expect(restricted.refusalFor(subject())).toMatch(/geen rol/);
  });

  it('admins have the admin role or the Administrator permission', () => {
    expect(policy({ admin: '7' }).isAdmin(subject({ roleIds: ['7'] }))).toBe(true);
    expect(policy({ admin: '7' }).isAdmin(subject({ administrator: true }))).toBe(true);
    expect(policy({ admin: '7' }).isAdmin(subject({ roleIds: ['8'] }))).toBe(false);
    expect(policy().isAdmin(subject())).toBe(false);
  });
});
