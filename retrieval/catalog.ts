import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ConfigurationError } from '../engine/errors.js';

export const catalogEntrySchema = z.object({
  file: z.string().regex(/^[\w.-]+\.(txt|md)$/, 'a .txt or .md file name in corpus/documents'),
  shortCitation: z.string().min(1),
  title: z.string().min(1),
  authors: z.array(z.string()),
  year: z.number().int().min(1900).max(2100),
  kind: z.string().min(1),
  publisher: z.string().nullable(),
  language: z.string().default('nl'),
  notes: z.string().optional(),
});

export const catalogSchema = z.array(catalogEntrySchema).min(1);

export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

/** Reads and validates `catalog.json` in the documents directory. */
export function loadCatalog(documentsDirectory: string): CatalogEntry[] {
  const path = join(documentsDirectory, 'catalog.json');
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigurationError(
      'catalog-missing',
      `De documentenlijst ontbreekt (${path}). Zet corpus/documents/catalog.json terug uit de repository.`,
      `cannot read ${path}`,
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigurationError('catalog-invalid', `De documentenlijst ${path} is geen geldige JSON.`, `invalid JSON in ${path}`, {
      cause: error,
    });
  }
  const result = catalogSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new ConfigurationError(
      'catalog-invalid',
      `De documentenlijst ${path} klopt niet: ${first?.path.join('.') ?? ''} ${first?.message ?? ''}`.trim(),
      result.error.message,
    );
  }
  const files = new Set<string>();
  for (const entry of result.data) {
    if (files.has(entry.file)) {
      throw new ConfigurationError('catalog-invalid', `Het document ${entry.file} staat twee keer in de documentenlijst.`);
    }
    files.add(entry.file);
  }
  return result.data;
}

/** Writes the catalog atomically (temporary file, then rename). */
export function saveCatalog(documentsDirectory: string, entries: CatalogEntry[]): void {
  const path = join(documentsDirectory, 'catalog.json');
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(catalogSchema.parse(entries), null, 2)}\n`);
  renameSync(temporary, path);
}
