import type { Configuration } from '../config/configuration.js';

/**
 * The REST base for discord.js from DISCORD_API_URL, or undefined for Discord itself. discord.js appends `/v10`
 * itself, so the base must end in `/api`: a trailing slash or version segment is removed.
 */
export function discordApiBase(configuration: Pick<Configuration, 'DISCORD_API_URL'>): string | undefined {
  const configured = configuration.DISCORD_API_URL;
  if (configured === undefined) return undefined;
  return configured.replace(/\/+$/, '').replace(/\/v\d+$/, '');
}
