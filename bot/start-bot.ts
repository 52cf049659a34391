import type { Configuration } from '../config/configuration.js';
import { ConfigurationError } from '../engine/errors.js';
import type { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';

/** Placeholder until the Discord adapter lands (issue 6): say so plainly instead of failing obscurely. */
export async function startBot(engine: StuurwijzerEngine, configuration: Configuration): Promise<void> {
  void engine;
  void configuration;
  throw new ConfigurationError(
    'bot-unavailable',
    'De Discord-bot is in deze versie nog niet beschikbaar. Start zonder DISCORD_TOKEN (of met --chat) voor de chat in de terminal.',
  );
}
