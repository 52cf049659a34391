import { copyFile, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InputError } from '../engine/errors.js';
import { loadCatalog, saveCatalog, type CatalogEntry } from './catalog.js';
import { loadDocument } from './ingest/load-document.js';

export interface AddDocumentRequest {
  path: string;
  title?: string;
  year?: string;
  citation?: string;
  authors?: string;
}

/**
 * Adds a document to the corpus: text and Markdown are copied as they are; PDF and DOCX are converted to text
 * once, and that text file becomes the citation anchor (its line numbers are what answers cite).
 */
export async function addDocumentToCorpus(corpusDirectory: string, request: AddDocumentRequest): Promise<string> {
  const documentsDirectory = join(corpusDirectory, 'documents');
  if (!request.title || !request.year) {
    throw new InputError('add-metadata', 'Geef bij --add ook --title en --year op, zodat het document goed geciteerd kan worden.');
  }
  const year = Number.parseInt(request.year, 10);
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new InputError('add-year', 'Het jaar (--year) moet een jaartal zijn, bijv. 2024.');
  const extension = extname(request.path).toLowerCase();
  const stem = basename(request.path, extname(request.path)).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'document';
  const catalog = loadCatalog(documentsDirectory);
  const loaded = await loadDocument({ path: request.path, fileName: basename(request.path) });
  const file = `${stem}.${loaded.format === 'markdown' ? 'md' : 'txt'}`;
  if (catalog.some((entry) => entry.file === file)) throw new InputError('add-duplicate', `Er staat al een document ${file} in het corpus.`);
  const target = join(documentsDirectory, file);
  if (extension === '.txt' || extension === '.md') await copyFile(request.path, target);
  else await writeFile(target, `${loaded.text.trim()}\n`);
  const authors = (request.authors ?? '').split(',').map((name) => name.trim()).filter(Boolean);
  const entry: CatalogEntry = {
    file,
    shortCitation: request.citation ?? `${authors[0]?.split(' ').pop() ?? request.title.split(' ')[0]} (${year})`,
    title: request.title,
    authors,
    year,
    kind: 'document',
    publisher: null,
    language: 'nl',
    notes: `Added with stuurwijzer index --add from ${basename(request.path)} (${loaded.format}).`,
  };
  saveCatalog(documentsDirectory, [...catalog, entry]);
  return file;
}
