import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Configuration } from '../config/configuration.js';
import { ConfigurationError, InputError } from '../engine/errors.js';
import { commandDefinitions } from './command-definitions.js';
import { discordApiBase } from './discord-api-base.js';

export interface DeployResult {
  scope: 'guild' | 'global';
  guildId?: string;
  /** The names of the registered commands, as Discord echoed them. */
  commands: string[];
}

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * Registers the slash commands with `PUT` (replacing the previous set): in one guild (instant, for testing and a
 * single municipality) or globally. Run it after changing commands, not on every start (Discord allows 200
 * command creates per day per guild).
 */
export async function deployCommands(configuration: Configuration, options: { guildId?: string } = {}): Promise<DeployResult> {
  const token = configuration.DISCORD_TOKEN;
  const applicationId = configuration.DISCORD_APP_ID;
  if (token === undefined || applicationId === undefined) {
    throw new ConfigurationError(
      'discord-deploy-configuration',
      'Zet DISCORD_TOKEN en DISCORD_APP_ID (uit het Discord Developer Portal) om de commando\'s te registreren.',
      'DISCORD_TOKEN or DISCORD_APP_ID missing',
    );
  }
  const guildId = options.guildId?.trim();
  if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
    throw new InputError('discord-guild-id', `"${guildId}" is geen geldig server-id (een getal van 17 tot 20 cijfers).`, `invalid guild id ${guildId}`);
  }
  const api = discordApiBase(configuration);
  const rest = new REST(api === undefined ? {} : { api }).setToken(token);
  const route = guildId === undefined ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  try {
    const registered = (await rest.put(route, { body: commandDefinitions() })) as { name: string }[];
    return { scope: guildId === undefined ? 'global' : 'guild', ...(guildId === undefined ? {} : { guildId }), commands: registered.map((command) => command.name) };
  } catch (error) {
    const detail = error instanceof DiscordAPIError ? `${error.status} ${error.code}: ${error.message}` : String(error);
    throw new ConfigurationError(
      'discord-deploy-failed',
      `Discord weigerde de registratie van de commando's (${detail}). Controleer DISCORD_TOKEN en DISCORD_APP_ID` +
        (guildId === undefined ? '.' : `, en of de bot met de scope applications.commands in server ${guildId} is uitgenodigd.`),
      `command deployment failed: ${detail}`,
      { cause: error },
    );
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}
