import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { renderAssessmentChart } from '../../engine/assessment/assessment-chart.js';
import { assessmentMarkdown } from '../../engine/assessment/assessment-markdown.js';
import { InputError } from '../../engine/errors.js';
import type { DocumentLimits } from '../../retrieval/ingest/load-document.js';
import { openEngine } from '../open-engine.js';
import { printJson, printText } from '../output.js';
import { assessmentText } from '../render/assessment-text.js';

interface AssessOptions {
  out?: string;
  chart?: string;
  maxMb?: string;
  maxPages?: string;
  json?: boolean;
}

function positiveNumber(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value.replace(',', '.'));
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new InputError('assess-option', `De waarde van ${option} moet een positief getal zijn (nu: "${value}").`, `invalid ${option}: ${value}`);
  }
  return parsed;
}

function limitsOf(options: AssessOptions): Partial<DocumentLimits> {
  const limits: Partial<DocumentLimits> = {};
  const megabytes = positiveNumber(options.maxMb, '--max-mb');
  const pages = positiveNumber(options.maxPages, '--max-pages');
  if (megabytes !== undefined) limits.maxBytes = Math.round(megabytes * 1024 * 1024);
  if (pages !== undefined) limits.maxPages = Math.floor(pages);
  return limits;
}

async function writeOutput(path: string, content: string | Buffer, what: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  } catch (error) {
    throw new InputError('assess-write', `Ik kan ${what} niet schrijven naar ${path}. Controleer of de map bestaat en beschrijfbaar is.`, `cannot write ${path}`, { cause: error });
  }
}

/**
 * `stuurwijzer assess PLAN [--out rapport.md] [--chart grafiek.png] [--json]`: self-assessment of a draft plan
 * against the theory (offline). --json prints exactly one JSON document (the assessment); otherwise a readable
 * Dutch summary. --out writes the Markdown report, --chart the PNG chart (radar and heatmap).
 */
export function registerAssessCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('assess')
    .description('Toets een conceptplan (beleids- of uitvoeringsplan) aan de theorie: elementen, sturingsperspectieven, spanningen en reflectievragen')
    .argument('<plan>', 'het plan: PDF, Word (.docx), Markdown (.md) of tekst (.txt)')
    .option('--out <pad>', 'schrijf het rapport als Markdown-bestand')
    .option('--chart <pad>', 'schrijf de grafiek (radar en heatmap) als PNG-bestand')
    .option('--max-mb <getal>', 'grootste bestand in MB (standaard 25)')
    .option('--max-pages <getal>', "meeste pagina's van een PDF (standaard 300)")
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (plan: string, options: AssessOptions) =>
      run(async (json) => {
        const limits = limitsOf(options);
        // Through the engine: the personal-data guard and the audit log apply as for every other command.
        const engine = await openEngine({ quiet: json });
        const { document, result } = await engine.assess({ path: plan, fileName: basename(plan) }, { limits, context: { interface: 'cli', command: 'assess' } });
        const title = document.title ?? basename(plan, extname(plan));
        const meta = { title, fileName: basename(plan) };
        const written: string[] = [];
        if (options.chart) {
          await writeOutput(options.chart, renderAssessmentChart(result, meta), 'de grafiek');
          written.push(options.chart);
        }
        if (options.out) {
          const chartFile = options.chart ? relative(dirname(resolve(options.out)), resolve(options.chart)) : undefined;
          await writeOutput(options.out, assessmentMarkdown(result, chartFile === undefined ? meta : { ...meta, chartFile }), 'het rapport');
          written.unshift(options.out);
        }
        if (json) printJson(result);
        else printText(assessmentText(result, { title, written }));
      }, Boolean(options.json)),
    );
}
