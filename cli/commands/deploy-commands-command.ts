import type { Command } from 'commander';
import { readConfiguration } from '../../config/configuration.js';
import { printJson, printText } from '../output.js';

/** `deploy-commands [--guild <id>]`: registers the Discord slash commands (in one server, or globally). */
export function registerDeployCommandsCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('deploy-commands')
    .description('Registreer de Discord-commando\'s (/vraag, /typeer, …) bij Discord; nodig na een nieuwe versie met andere commando\'s')
    .option('--guild <id>', 'alleen in deze server (direct zichtbaar); zonder deze optie globaal')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (options: { guild?: string; json?: boolean }) =>
      run(async (json) => {
        const configuration = readConfiguration();
        const { deployCommands } = await import('../../bot/deploy-commands.js');
        const result = await deployCommands(configuration, options.guild === undefined ? {} : { guildId: options.guild });
        if (json) printJson(result);
        else
          printText(
            `${result.commands.length} commando's geregistreerd ${result.scope === 'guild' ? `in server ${result.guildId}` : 'globaal (voor alle servers)'}: ` +
              result.commands.map((name) => `/${name}`).join(', '),
          );
      }, Boolean(options.json)),
    );
}
