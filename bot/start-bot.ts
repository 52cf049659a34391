import type { Configuration } from '../config/configuration.js';
import type { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { createBot, type BotOptions } from './create-bot.js';

export { createBot, type Bot, type BotOptions } from './create-bot.js';

/**
 * `npm start` with DISCORD_TOKEN: runs the Discord bot until SIGTERM or SIGINT. Then it stops taking interactions
 * (they get "Stuurwijzer wordt herstart, probeer het zo opnieuw."), waits up to 10 s for those in flight and
 * disconnects. A second signal during that wait exits at once. Resolves when the bot has stopped.
 */
export async function startBot(engine: StuurwijzerEngine, configuration: Configuration, options: BotOptions = {}): Promise<void> {
  const bot = await createBot(engine, configuration, options);
  await new Promise<void>((resolve) => {
    let signalled = false;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (signalled) {
        process.stderr.write(`[stuurwijzer-bot] ${signal} opnieuw: direct afsluiten\n`);
        process.exit(1);
      }
      signalled = true;
      process.stderr.write(`[stuurwijzer-bot] ${signal} ontvangen\n`);
      void bot.stop().finally(() => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        resolve();
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}
