import type { Command } from 'commander';
import { InputError } from '../../engine/errors.js';
import { openEngine } from '../open-engine.js';
import { printJson, printText } from '../output.js';
import { searchText } from '../render/search-text.js';

export function registerSearchCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('search')
    .description('Zoek de best passende passages in de documenten')
    .argument('[vraag...]', 'de zoekvraag')
    .option('-k, --limit <aantal>', 'aantal passages', '5')
    .option('--mode <modus>', 'hybrid, lexical of vector', 'hybrid')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (words: string[], options: { limit: string; mode: string; json?: boolean }) =>
      run(async (json) => {
        const limit = Number.parseInt(options.limit, 10);
        if (!Number.isFinite(limit) || limit < 1 || limit > 50) throw new InputError('input-limit', 'Het aantal passages (-k) moet tussen 1 en 50 liggen.');
        if (!['hybrid', 'lexical', 'vector'].includes(options.mode)) throw new InputError('input-mode', 'De modus moet hybrid, lexical of vector zijn.');
        const engine = await openEngine({ quiet: json });
        const result = await engine.search(words.join(' '), { limit, mode: options.mode as 'hybrid' | 'lexical' | 'vector' });
        if (json) printJson(result);
        else printText(searchText(result));
      }, Boolean(options.json)),
    );
}
