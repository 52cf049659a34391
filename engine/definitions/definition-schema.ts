import { z } from 'zod';

/** A passage in a corpus document: the quote must occur (after normalisation) within the 1-based inclusive lines. */
export const sourceSchema = z.object({
  document: z.string().min(1),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  quote: z.string().min(3),
});

/** A word or phrase that signals a category; matched on Dutch word stems, so inflections match. */
export const indicatorSchema = z.object({
  phrase: z.string().min(2),
  weight: z.number().positive().max(5).default(1),
  dimension: z.string().optional(),
});

export const perspectiveElementSchema = z.enum(['beleid', 'organisatie', 'bekostiging', 'aansturing']);

export const categorySchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  summary: z.string().min(10),
  /** Values on the framework's dimensions, keyed by dimension id. */
  dimensions: z.record(z.string(), z.string()).default({}),
  indicators: z.array(indicatorSchema).default([]),
  /** Phrases that speak against this category. */
  counterIndicators: z.array(indicatorSchema).default([]),
  /** Nijdam Bijlage C signal words (sturingsperspectief only). */
  signalWords: z.array(z.string()).optional(),
  /** Nijdam Bijlage E indicator rubric per element (sturingsperspectief only). */
  elementIndicators: z.partialRecord(perspectiveElementSchema, z.array(z.string())).optional(),
  /** Ids of related categories or terms, written `framework:category` or a glossary id. */
  related: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1),
});

export const relationSchema = z.object({
  from: z.string(),
  to: z.string(),
  kind: z.enum(['leans-to', 'equivalent-to', 'combines-with', 'phase-leans-to', 'contrasts-with']),
  note: z.string(),
  sources: z.array(sourceSchema).min(1),
});

export const inconsistencySchema = z.object({
  note: z.string(),
  sources: z.array(sourceSchema).min(1),
});

export const frameworkSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  origin: z.string().min(1),
  summary: z.string().min(10),
  dimensions: z.array(z.object({ id: z.string(), label: z.string() })).default([]),
  categories: z.array(categorySchema).min(2),
  relations: z.array(relationSchema).default([]),
  inconsistencies: z.array(inconsistencySchema).default([]),
  sources: z.array(sourceSchema).min(1),
});

export const glossaryTermSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  summary: z.string().min(10),
  /** When a term means different things per document: what this sense is, e.g. "in Wester & Schurer". */
  sense: z.string().optional(),
  related: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1),
});

export const glossarySchema = z.object({ terms: z.array(glossaryTermSchema).min(1) });

export type Source = z.infer<typeof sourceSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type PerspectiveElement = z.infer<typeof perspectiveElementSchema>;
