import type { Command } from 'commander';
import { readConfiguration } from '../../config/configuration.js';
import { openEngine } from '../open-engine.js';
import { createChatHandler, runTerminalChat } from '../terminal-chat.js';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the terminal chat over the same engine. */
export function registerStartCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('start', { isDefault: true })
    .description('Start de Discord-bot (met DISCORD_TOKEN) of anders de chat in de terminal')
    .option('--chat', 'altijd de terminalchat, ook als DISCORD_TOKEN gezet is')
    .action(async (options: { chat?: boolean }) =>
      run(async () => {
        const configuration = readConfiguration();
        const engine = await openEngine();
        if (configuration.DISCORD_TOKEN && !options.chat) {
          const { startBot } = await import('../../bot/start-bot.js');
          await startBot(engine, configuration);
          return;
        }
        await runTerminalChat(createChatHandler(engine));
      }, false),
    );
}
