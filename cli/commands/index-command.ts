import type { Command } from 'commander';
import { openEngine } from '../open-engine.js';
import { printJson, printText } from '../output.js';

export function registerIndexCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('index')
    .description('Bouw of ververs de zoekindex over de documenten en definities')
    .option('--rebuild', 'altijd opnieuw opbouwen, ook als de index klopt')
    .option('--add <bestand>', 'voeg een document toe aan het corpus (txt, md, pdf of docx)')
    .option('--title <titel>', 'titel van het toe te voegen document')
    .option('--year <jaar>', 'jaar van het toe te voegen document')
    .option('--citation <citeerwijze>', 'korte citeerwijze, bijv. "Gemeente X (2024)"')
    .option('--authors <namen>', 'auteurs, gescheiden door komma\'s')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (options: { rebuild?: boolean; add?: string; title?: string; year?: string; citation?: string; authors?: string; json?: boolean }) =>
      run(async (json) => {
        let added: string | undefined;
        if (options.add) {
          const { addDocumentToCorpus } = await import('../../retrieval/add-document.js');
          const { readConfiguration } = await import('../../config/configuration.js');
          const configuration = readConfiguration();
          added = await addDocumentToCorpus(configuration.STUURWIJZER_CORPUS_DIR, {
            path: options.add,
            title: options.title,
            year: options.year,
            citation: options.citation,
            authors: options.authors,
          });
        }
        const started = performance.now();
        const engine = await openEngine({ rebuild: options.rebuild });
        const manifest = engine.knowledge.manifest;
        const summary = {
          rebuilt: engine.knowledge.rebuilt,
          added: added ?? null,
          documents: engine.knowledge.documents.length,
          passages: manifest.passages,
          definitionPassages: engine.knowledge.passages.filter((passage) => passage.kind === 'definition').length,
          embedding: manifest.embedding,
          builtAt: manifest.builtAt,
          seconds: Math.round((performance.now() - started) / 100) / 10,
        };
        if (json) printJson(summary);
        else
          printText(
            [
              added ? `Document toegevoegd: ${added}` : '',
              summary.rebuilt ? 'Index opgebouwd.' : 'Index was al actueel; niets opnieuw gedaan.',
              `Documenten: ${summary.documents}, passages: ${summary.passages} (waarvan ${summary.definitionPassages} definities).`,
              `Embeddings: ${manifest.embedding.provider}, ${manifest.embedding.dimensions} dimensies. Gebouwd: ${manifest.builtAt}. Tijd: ${summary.seconds} s.`,
            ]
              .filter(Boolean)
              .join('\n'),
          );
      }, Boolean(options.json)),
    );
}
