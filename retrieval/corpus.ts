import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError } from '../engine/errors.js';
import { loadCatalog, type CatalogEntry } from './catalog.js';
import { splitLines } from './normalize.js';

/** One corpus document: its catalog entry and its original lines (the citation anchors). */
export interface CorpusDocument {
  entry: CatalogEntry;
  lines: string[];
  content: string;
}

/** Loads every document listed in the catalog; a missing or unreadable file is a clear error. */
export function loadCorpus(documentsDirectory: string): CorpusDocument[] {
  const catalog = loadCatalog(documentsDirectory);
  return catalog.map((entry) => {
    const path = join(documentsDirectory, entry.file);
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ConfigurationError(
        'document-missing',
        `Het document ${entry.file} uit de documentenlijst is niet te lezen (${path}). Zet het bestand terug of haal het uit catalog.json.`,
        `cannot read corpus document ${path}`,
        { cause: error },
      );
    }
    if (content.includes('\u0000') || content.trim().length === 0) {
      throw new ConfigurationError(
        'document-unreadable',
        `Het document ${entry.file} is leeg of geen tekstbestand. Zet de juiste versie terug.`,
        `corpus document ${path} is empty or binary`,
      );
    }
    return { entry, lines: splitLines(content), content };
  });
}
