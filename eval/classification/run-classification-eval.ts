import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { CLASSIFIED_FRAMEWORKS, loadClassificationContext } from '../../engine/classification/classification-context.js';
import type { ClassificationContext, ClassificationResult, ClassifiedFrameworkId } from '../../engine/classification/classification-types.js';
import { classifyText } from '../../engine/classification/classify-text.js';
import { signalWordBaseline } from '../../engine/classification/signal-word-baseline.js';
import { splitLines } from '../../retrieval/normalize.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

const frameworkIdSchema = z.enum(['sturingsperspectief', 'sturingsmodel', 'governancetype', 'regierol', 'uitkomststuring']);

/** Labels per framework (null = no basis in the text); other keys (such as `secondary`) are ignored. */
const labelsSchema = z.looseObject({
  sturingsperspectief: z.string().nullable().optional(),
  sturingsmodel: z.string().nullable().optional(),
  governancetype: z.string().nullable().optional(),
  regierol: z.string().nullable().optional(),
  uitkomststuring: z.string().nullable().optional(),
});

const descriptionSchema = z.object({
  id: z.string(),
  text: z.string(),
  labels: labelsSchema,
  tags: z.array(z.string()).default([]),
});

const municipalitySchema = z.object({
  id: z.string(),
  name: z.string(),
  input: z.array(z.tuple([z.number().int().positive(), z.number().int().positive()])),
  labels: labelsSchema,
  acceptable: z.partialRecord(frameworkIdSchema, z.array(z.string())).default({}),
});

/** The marker used in confusion matrices for "no dominant category" (status te weinig aanknopingspunten). */
export const NO_PREDICTION = '(geen)';

export interface EvalItem {
  id: string;
  text: string;
  labels: Partial<Record<ClassifiedFrameworkId, string | null>>;
  /** Per framework the labels that count as a hit (the label itself plus any acceptable alternatives). */
  acceptable: Partial<Record<ClassifiedFrameworkId, string[]>>;
  tags: string[];
}

export interface FrameworkAccuracy {
  framework: ClassifiedFrameworkId;
  /** Items with a (non-null) label for this framework. */
  items: number;
  /** Top-1 in the acceptable labels (for descriptions: equal to the label). */
  engineTop1: number;
  engineTop2: number;
  baselineTop1: number;
  baselineTop2: number;
  /** Top-1 equal to the label itself (differs from engineTop1 only where alternatives are acceptable). */
  engineTop1Label: number;
  baselineTop1Label: number;
  /** expected label → predicted dominant (or NO_PREDICTION) → count. */
  confusion: Record<string, Record<string, number>>;
  baselineConfusion: Record<string, Record<string, number>>;
}

export interface EvalMiss {
  id: string;
  framework: ClassifiedFrameworkId;
  expected: string[];
  predicted: string;
}

export interface DatasetReport {
  dataset: string;
  items: number;
  frameworks: FrameworkAccuracy[];
  /** Over all labelled (item, framework) pairs. */
  overall: { labelled: number; engineTop1: number; baselineTop1: number };
  /** Items tagged no-signal that got 'te weinig aanknopingspunten' in every framework. */
  noSignal: { items: number; engine: number; baseline: number };
  misses: EvalMiss[];
  /** Total time the engine took for the items, in milliseconds. */
  milliseconds: number;
}

export interface ClassificationEvalReport {
  descriptions: DatasetReport;
  municipalities: DatasetReport;
  /** check-descriptions.json: descriptions written apart from the tuning, in new wording. */
  check: DatasetReport;
  /** fresh-descriptions.json: written by the lead after the engine was built and never used for tuning (a blind check). */
  fresh: DatasetReport;
  /** Mean time per description for the engine, in milliseconds. */
  millisecondsPerDescription: number;
}

function pickLabels(labels: z.infer<typeof labelsSchema>): EvalItem['labels'] {
  const result: EvalItem['labels'] = {};
  for (const framework of CLASSIFIED_FRAMEWORKS) {
    const label = labels[framework];
    if (label !== undefined) result[framework] = label;
  }
  return result;
}

/** Loads a description set (descriptions.json by default; check-descriptions.json is the second, independently written set). */
export function loadDescriptions(file = 'descriptions.json'): EvalItem[] {
  const raw: unknown = JSON.parse(readFileSync(join(projectRoot, 'eval/classification', file), 'utf8'));
  return z
    .array(descriptionSchema)
    .parse(raw)
    .map((item) => {
      const acceptable: EvalItem['acceptable'] = {};
      for (const framework of CLASSIFIED_FRAMEWORKS) {
        const label = item.labels[framework];
        if (label) acceptable[framework] = [label];
      }
      return { id: item.id, text: item.text, labels: pickLabels(item.labels), acceptable, tags: item.tags };
    });
}

export function loadMunicipalities(): EvalItem[] {
  const raw: unknown = JSON.parse(readFileSync(join(projectRoot, 'eval/classification/municipalities.json'), 'utf8'));
  const lines = splitLines(readFileSync(join(projectRoot, 'corpus/documents/wester-schurer-2016-sturing-gebiedsgerichte-aanpak.txt'), 'utf8'));
  return z
    .array(municipalitySchema)
    .parse(raw)
    .map((item) => {
      const text = item.input.map(([from, to]) => lines.slice(from - 1, to).join('\n')).join('\n\n');
      const acceptable: EvalItem['acceptable'] = {};
      for (const framework of CLASSIFIED_FRAMEWORKS) {
        const label = item.labels[framework];
        if (!label) continue;
        acceptable[framework] = [...new Set([label, ...(item.acceptable[framework] ?? [])])];
      }
      return { id: item.id, text, labels: pickLabels(item.labels), acceptable, tags: [] };
    });
}

function increment(matrix: Record<string, Record<string, number>>, expected: string, predicted: string): void {
  const row = matrix[expected] ?? {};
  row[predicted] = (row[predicted] ?? 0) + 1;
  matrix[expected] = row;
}

function prediction(result: ClassificationResult, framework: ClassifiedFrameworkId): { top1: string; top2: string[] } {
  const profile = result.frameworks.find((candidate) => candidate.id === framework);
  if (!profile || profile.status !== 'ok') return { top1: NO_PREDICTION, top2: [] };
  return { top1: profile.dominant ?? NO_PREDICTION, top2: profile.ranking.slice(0, 2).map((score) => score.category) };
}

function silentEverywhere(result: ClassificationResult): boolean {
  return result.frameworks.every((profile) => profile.status === 'te weinig aanknopingspunten');
}

/** Scores the engine and the baseline on one data set. A hit needs status 'ok' and the dominant in the acceptable labels. */
export function evaluateDataset(dataset: string, items: readonly EvalItem[], context: ClassificationContext): DatasetReport {
  const accuracies = new Map<ClassifiedFrameworkId, FrameworkAccuracy>(
    CLASSIFIED_FRAMEWORKS.map((framework) => [
      framework,
      {
        framework,
        items: 0,
        engineTop1: 0,
        engineTop2: 0,
        baselineTop1: 0,
        baselineTop2: 0,
        engineTop1Label: 0,
        baselineTop1Label: 0,
        confusion: {},
        baselineConfusion: {},
      },
    ]),
  );
  const noSignal = { items: 0, engine: 0, baseline: 0 };
  const misses: EvalMiss[] = [];
  let milliseconds = 0;
  for (const item of items) {
    const started = performance.now();
    const engine = classifyText(item.text, context);
    milliseconds += performance.now() - started;
    const baseline = signalWordBaseline(item.text, context);
    if (item.tags.includes('no-signal')) {
      noSignal.items++;
      if (silentEverywhere(engine)) noSignal.engine++;
      if (silentEverywhere(baseline)) noSignal.baseline++;
    }
    for (const framework of CLASSIFIED_FRAMEWORKS) {
      const label = item.labels[framework];
      const acceptable = item.acceptable[framework];
      if (!label || !acceptable) continue;
      const accuracy = accuracies.get(framework) as FrameworkAccuracy;
      accuracy.items++;
      const enginePrediction = prediction(engine, framework);
      const baselinePrediction = prediction(baseline, framework);
      if (acceptable.includes(enginePrediction.top1)) accuracy.engineTop1++;
      else misses.push({ id: item.id, framework, expected: acceptable, predicted: enginePrediction.top1 });
      if (enginePrediction.top2.some((category) => acceptable.includes(category))) accuracy.engineTop2++;
      if (acceptable.includes(baselinePrediction.top1)) accuracy.baselineTop1++;
      if (enginePrediction.top1 === label) accuracy.engineTop1Label++;
      if (baselinePrediction.top1 === label) accuracy.baselineTop1Label++;
      if (baselinePrediction.top2.some((category) => acceptable.includes(category))) accuracy.baselineTop2++;
      increment(accuracy.confusion, label, enginePrediction.top1);
      increment(accuracy.baselineConfusion, label, baselinePrediction.top1);
    }
  }
  const frameworks = [...accuracies.values()];
  const labelled = frameworks.reduce((sum, accuracy) => sum + accuracy.items, 0);
  return {
    dataset,
    items: items.length,
    frameworks,
    overall: {
      labelled,
      engineTop1: frameworks.reduce((sum, accuracy) => sum + accuracy.engineTop1, 0),
      baselineTop1: frameworks.reduce((sum, accuracy) => sum + accuracy.baselineTop1, 0),
    },
    noSignal,
    misses,
    milliseconds: Math.round(milliseconds),
  };
}

/** Runs the engine and the signal-word baseline on descriptions.json, the eight municipalities and check-descriptions.json. */
export async function runClassificationEval(context?: ClassificationContext): Promise<ClassificationEvalReport> {
  const prepared = context ?? loadClassificationContext(join(projectRoot, 'corpus'));
  const descriptionItems = loadDescriptions();
  const descriptions = evaluateDataset('descriptions', descriptionItems, prepared);
  const municipalities = evaluateDataset('municipalities', loadMunicipalities(), prepared);
  const check = evaluateDataset('check-descriptions', loadDescriptions('check-descriptions.json'), prepared);
  const fresh = evaluateDataset('fresh-descriptions (blind)', loadDescriptions('fresh-descriptions.json'), prepared);
  return {
    descriptions,
    municipalities,
    check,
    fresh,
    millisecondsPerDescription: Math.round((descriptions.milliseconds / Math.max(1, descriptionItems.length)) * 100) / 100,
  };
}

function percentage(part: number, whole: number): string {
  return whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;
}

function formatConfusion(matrix: Record<string, Record<string, number>>): string[] {
  const rows = Object.keys(matrix).sort();
  const columns = [...new Set(rows.concat(Object.values(matrix).flatMap((row) => Object.keys(row))))].sort();
  const width = Math.max(8, ...columns.map((column) => column.length), ...rows.map((row) => row.length));
  const lines = [`      ${'label \\ voorspeld'.padEnd(width)} ${columns.map((column) => column.padStart(width)).join(' ')}`];
  for (const row of rows) {
    lines.push(`      ${row.padEnd(width)} ${columns.map((column) => String(matrix[row]?.[column] ?? 0).padStart(width)).join(' ')}`);
  }
  return lines;
}

function formatDataset(report: DatasetReport, withConfusion: boolean): string[] {
  const alternatives = report.frameworks.some((accuracy) => accuracy.engineTop1Label !== accuracy.engineTop1 || accuracy.baselineTop1Label !== accuracy.baselineTop1);
  const lines = [
    `${report.dataset} (${report.items} items)`,
    `  ${'kader'.padEnd(20)} ${'n'.padStart(3)}  ${'engine top-1'.padStart(12)}  ${'engine top-2'.padStart(12)}  ${'basislijn top-1'.padStart(15)}  ${'basislijn top-2'.padStart(15)}`,
  ];
  for (const accuracy of report.frameworks) {
    if (accuracy.items === 0) continue;
    lines.push(
      `  ${accuracy.framework.padEnd(20)} ${String(accuracy.items).padStart(3)}  ${percentage(accuracy.engineTop1, accuracy.items).padStart(12)}  ${percentage(accuracy.engineTop2, accuracy.items).padStart(12)}  ${percentage(accuracy.baselineTop1, accuracy.items).padStart(15)}  ${percentage(accuracy.baselineTop2, accuracy.items).padStart(15)}`,
    );
  }
  if (alternatives) {
    lines.push('  alleen het label zelf (zonder aanvaardbare alternatieven), top-1:');
    for (const accuracy of report.frameworks) {
      if (accuracy.items === 0) continue;
      lines.push(
        `  ${accuracy.framework.padEnd(20)} ${String(accuracy.items).padStart(3)}  ${percentage(accuracy.engineTop1Label, accuracy.items).padStart(12)}  ${''.padStart(12)}  ${percentage(accuracy.baselineTop1Label, accuracy.items).padStart(15)}`,
      );
    }
  }
  lines.push(
    `  ${'totaal'.padEnd(20)} ${String(report.overall.labelled).padStart(3)}  ${percentage(report.overall.engineTop1, report.overall.labelled).padStart(12)}  ${''.padStart(12)}  ${percentage(report.overall.baselineTop1, report.overall.labelled).padStart(15)}`,
  );
  if (report.noSignal.items > 0) {
    lines.push(
      `  zonder signaal: ${report.noSignal.engine}/${report.noSignal.items} engine, ${report.noSignal.baseline}/${report.noSignal.items} basislijn kregen overal 'te weinig aanknopingspunten'`,
    );
  }
  if (withConfusion) {
    for (const accuracy of report.frameworks) {
      if (accuracy.items === 0) continue;
      lines.push(`  verwarringsmatrix ${accuracy.framework} (engine):`, ...formatConfusion(accuracy.confusion));
    }
  }
  if (report.misses.length > 0) {
    lines.push('  missers:', ...report.misses.map((miss) => `    ${miss.id} ${miss.framework}: verwacht ${miss.expected.join('/')}, kreeg ${miss.predicted}`));
  }
  return lines;
}

/** The report as readable text: accuracy tables, confusion matrices, no-signal handling and the misses. */
export function formatClassificationReport(report: ClassificationEvalReport): string {
  return [
    'Typering van sturingsaanpakken — evaluatie (engine tegenover de signaalwoord-basislijn)',
    'Een treffer telt alleen met status ok en de dominante categorie gelijk aan het label (gemeenten: of een aanvaardbaar alternatief).',
    '',
    ...formatDataset(report.descriptions, true),
    '',
    ...formatDataset(report.municipalities, true),
    '',
    ...formatDataset(report.check, true),
    '',
    ...formatDataset(report.fresh, true),
    '',
    `gemiddelde tijd per beschrijving: ${report.millisecondsPerDescription} ms`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const report = await runClassificationEval();
  if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  else process.stdout.write(`${formatClassificationReport(report)}\n`);
}
