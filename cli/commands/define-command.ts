import type { Command } from 'commander';
import { DefinitionLibrary } from '../../engine/definitions/definition-library.js';
import { defineTerm } from '../../engine/definitions/define-term.js';
import { loadCatalog } from '../../retrieval/catalog.js';
import { readConfiguration } from '../../config/configuration.js';
import { join } from 'node:path';
import { printJson, printText } from '../output.js';
import { defineText } from '../render/define-text.js';

/** `define` needs only the definitions, not the search index, so it answers instantly. */
export function registerDefineCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('define')
    .description('Zoek de definitie van een begrip uit de theorie op')
    .argument('[term...]', 'het begrip, bijv. "regisseur" of "netwerkende overheid"')
    .option('--list', 'toon alle kaders en begrippen')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (words: string[], options: { list?: boolean; json?: boolean }) =>
      run(async (json) => {
        const configuration = readConfiguration();
        const library = DefinitionLibrary.load(configuration.STUURWIJZER_CORPUS_DIR);
        if (options.list) {
          const frameworks = library.frameworks.map((framework) => ({
            id: framework.id,
            label: framework.label,
            categories: framework.categories.map((category) => ({ id: category.id, label: category.label, aliases: category.aliases })),
          }));
          const glossary = library.terms.map((term) => ({ id: term.id, label: term.label, aliases: term.aliases }));
          if (json) printJson({ frameworks, glossary });
          else
            printText(
              [
                ...frameworks.map((framework) => `${framework.label} (${framework.id}): ${framework.categories.map((category) => category.label).join('; ')}`),
                '',
                `Verklarende woordenlijst (${glossary.length}): ${glossary.map((term) => term.label).join(', ')}`,
              ].join('\n'),
            );
          return;
        }
        const catalog = loadCatalog(join(configuration.STUURWIJZER_CORPUS_DIR, 'documents'));
        const citations = (file: string): string => catalog.find((entry) => entry.file === file)?.shortCitation ?? file;
        const result = defineTerm(library, citations, words.join(' '));
        if (json) printJson({ matches: result.matches });
        else printText(defineText(result));
      }, Boolean(options.json)),
    );
}
