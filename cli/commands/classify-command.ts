import { basename } from 'node:path';
import type { Command } from 'commander';
import { InputError } from '../../engine/errors.js';
import { loadDocument } from '../../retrieval/ingest/load-document.js';
import { openEngine } from '../open-engine.js';
import { printJson, printText } from '../output.js';
import { classificationText } from '../render/classification-text.js';

/** Reads all of standard input as UTF-8 text. */
async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The text to classify: from --file (PDF, DOCX, Markdown, text), from the arguments, or from standard input. */
async function classificationInput(words: readonly string[], file: string | undefined): Promise<string> {
  const argument = words.join(' ').trim();
  if (file && argument) {
    throw new InputError('classification-two-inputs', 'Geef óf een tekst óf een bestand (--file), niet allebei.');
  }
  if (file) return (await loadDocument({ path: file, fileName: basename(file) })).text;
  if (argument) return argument;
  if (process.stdin.isTTY) {
    throw new InputError(
      'classification-no-input',
      'Geef een beschrijving om te typeren: stuurwijzer classify "<tekst>", stuurwijzer classify --file plan.pdf, of via stdin.',
    );
  }
  return readStandardInput();
}

/**
 * `stuurwijzer classify [--file PATH | "<tekst>" | stdin] [--json]`: types a description of how a municipality
 * steers (or a whole plan) into the theory's frameworks (offline, or with the configured model).
 */
export function registerClassifyCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('classify')
    .description('Typeer een beschrijving van een sturingsaanpak (of een heel plan) naar de kaders uit de theorie')
    .argument('[tekst...]', 'de beschrijving; zonder tekst en zonder --file wordt stdin gelezen')
    .option('--file <pad>', 'een bestand met de beschrijving of het plan (PDF, Word, Markdown of tekst)')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (words: string[], options: { file?: string; json?: boolean }) =>
      run(async (json) => {
        const text = await classificationInput(words, options.file);
        // Through the engine: the personal-data guard, the configured model (if any) and the audit log apply.
        const engine = await openEngine({ quiet: json });
        const { id: _id, ...result } = await engine.classify(text, { context: { interface: 'cli', command: 'classify' } });
        if (json) printJson(result);
        else printText(classificationText(result));
      }, Boolean(options.json)),
    );
}
