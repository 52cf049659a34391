import type { Message } from 'discord.js';

/** The bot's managed role, which Discord sometimes inserts instead of a user mention of the bot. */
function botRoleId(message: Message, botUserId: string): string | undefined {
  return message.guild?.roles.botRoleFor(botUserId)?.id;
}

/** Whether the message mentions the bot (as user, or through its managed role); @everyone does not count. */
export function mentionsBot(message: Message, botUserId: string): boolean {
  if (message.mentions.users.has(botUserId)) return true;
  const roleId = botRoleId(message, botUserId);
  return roleId !== undefined && message.mentions.roles.has(roleId);
}

/** The message text without the mentions of the bot, trimmed. */
export function withoutBotMention(message: Message, botUserId: string): string {
  const roleId = botRoleId(message, botUserId);
  let text = message.content.replace(new RegExp(`<@!?${botUserId}>`, 'g'), ' ');
  if (roleId !== undefined) text = text.replace(new RegExp(`<@&${roleId}>`, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}
