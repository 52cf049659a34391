import { PermissionFlagsBits, type APIInteractionGuildMember, type GuildMember, type Interaction, type Message } from 'discord.js';
import type { AccessSubject } from './access-policy.js';

function roleIdsOf(member: GuildMember | APIInteractionGuildMember | null | undefined): string[] {
  if (member === null || member === undefined) return [];
  return Array.isArray(member.roles) ? [...member.roles] : [...member.roles.cache.keys()];
}

/** Who uses an interaction, and where (a thread counts with its parent channel). */
export function interactionSubject(interaction: Interaction): AccessSubject {
  const channel = interaction.channel;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    parentChannelId: channel !== null && channel.isThread() ? channel.parentId : null,
    roleIds: roleIdsOf(interaction.member),
    administrator: interaction.memberPermissions?.has(PermissionFlagsBits.Administrator) ?? false,
  };
}

/** Who wrote a message, and where. */
export function messageSubject(message: Message): AccessSubject {
  const channel = message.channel;
  return {
    guildId: message.guildId,
    channelId: message.channelId,
    parentChannelId: channel.isThread() ? channel.parentId : null,
    roleIds: roleIdsOf(message.member),
    administrator: message.member?.permissions.has(PermissionFlagsBits.Administrator) ?? false,
  };
}
