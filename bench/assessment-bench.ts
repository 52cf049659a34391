/**
 * Speed and memory of the plan self-assessment on a generated 50-page plan (≈150 kB of text), offline.
 * Run directly: `npx tsx bench/assessment-bench.ts` (prints one JSON document).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { assessPlan } from '../engine/assessment/assess-plan.js';
import { assessPlanDocument } from '../engine/assessment/assess-plan-document.js';
import { renderAssessmentChart } from '../engine/assessment/assessment-chart.js';
import { loadAssessmentContext } from '../engine/assessment/assessment-context.js';
import { assessmentMarkdown } from '../engine/assessment/assessment-markdown.js';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const PAGES = 50;
const TARGET_MS = 3000;
const CHARACTERS_PER_PAGE = 3000;

/** Paragraphs of the evaluation plans, without headings, as material for a long plan. */
function paragraphs(): string[] {
  const directory = join(projectRoot, 'eval', 'assessment', 'plans');
  return readdirSync(directory)
    .sort()
    .flatMap((file) => readFileSync(join(directory, file), 'utf8').split(/\n\s*\n/))
    .filter((block) => !/^(?:#|\d{1,2}\.?\s+\p{Lu})/mu.test(block.trim()))
    .map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
    .filter((block) => block.length > 120);
}

const CHAPTER_TITLES = ['Visie en ambities', 'Organisatie van de toegang', 'Bekostiging en inkoop', 'Sturing en verantwoording', 'Samenwerking in de wijk', 'Monitoring', 'Financiering', 'Uitgangspunten'];

/** A plan of `pages` chapters of about one page each, with numbered headings and sections. */
export function generatePlan(pages = PAGES): string {
  const material = paragraphs();
  const lines: string[] = ['Beleidsplan Sociaal Domein 2026–2030 (gegenereerd voor de benchmark)', ''];
  let next = 0;
  for (let chapter = 1; chapter <= pages; chapter++) {
    lines.push(`${chapter} ${CHAPTER_TITLES[(chapter - 1) % CHAPTER_TITLES.length]}`, '');
    let length = 0;
    let section = 1;
    while (length < CHARACTERS_PER_PAGE) {
      if (length > 0 && length > section * 1000) {
        lines.push(`${chapter}.${section} Uitwerking ${section}`, '');
        section++;
      }
      const paragraph = material[next % material.length] ?? '';
      next++;
      lines.push(paragraph, '');
      length += paragraph.length;
    }
  }
  return lines.join('\n');
}

/** The plan as a PDF: one chapter per page (long chapters run on), Helvetica, for the end-to-end measurement. */
async function planPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const printable = (line: string): string => line.replace(/[–—]/g, '-').replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '');
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const paragraph of text.split('\n\n')) {
    if (/^\d+ \S/.test(paragraph) && y < 780) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    const words = printable(paragraph).split(' ');
    let line = '';
    const flush = (): void => {
      if (y < 40) {
        page = pdf.addPage([595, 842]);
        y = 800;
      }
      page.drawText(line, { x: 40, y, size: 10, font });
      y -= 13;
      line = '';
    };
    for (const word of words) {
      if (line.length + word.length + 1 > 100) flush();
      line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') flush();
    y -= 8;
  }
  return pdf.save();
}

const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;

/** Assesses a generated 50-page plan offline: time (target ≤ 3 s) and RSS growth. */
export async function runAssessmentBench(): Promise<Record<string, unknown>> {
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  try {
    let started = performance.now();
    const context = loadAssessmentContext(join(projectRoot, 'corpus'));
    const contextMs = performance.now() - started;

    const text = generatePlan();
    started = performance.now();
    const result = assessPlan({ text }, context);
    const coldMs = performance.now() - started;
    const warm: number[] = [];
    for (let round = 0; round < 3; round++) {
      started = performance.now();
      assessPlan({ text }, context);
      warm.push(performance.now() - started);
    }
    warm.sort((left, right) => left - right);

    started = performance.now();
    renderAssessmentChart(result, { title: 'Beleidsplan Sociaal Domein 2026–2030' });
    const chartMs = performance.now() - started;
    started = performance.now();
    const markdown = assessmentMarkdown(result, { title: 'Beleidsplan Sociaal Domein 2026–2030' });
    const markdownMs = performance.now() - started;

    const pdf = await planPdf(text);
    started = performance.now();
    const fromPdf = await assessPlanDocument({ bytes: pdf, fileName: 'plan.pdf' }, context);
    const pdfMs = performance.now() - started;
    const rssAfter = process.memoryUsage().rss;
    peakRss = Math.max(peakRss, rssAfter);
    return {
      plan: { characters: text.length, kilobytes: Math.round(Buffer.byteLength(text) / 1024), chapters: PAGES, sections: result.sections.length },
      contextLoadMs: Math.round(contextMs),
      assessColdMs: Math.round(coldMs),
      assessWarmMedianMs: Math.round(warm[1] ?? 0),
      chartMs: Math.round(chartMs),
      markdownMs: Math.round(markdownMs),
      markdownKilobytes: Math.round(Buffer.byteLength(markdown) / 1024),
      pdfEndToEnd: { pages: fromPdf.document.pages ?? 0, megabytes: megabytes(pdf.byteLength), ms: Math.round(pdfMs), sections: fromPdf.result.sections.length },
      targetMs: TARGET_MS,
      withinTarget: coldMs <= TARGET_MS && pdfMs <= TARGET_MS,
      rssBeforeMb: megabytes(rssBefore),
      rssAfterMb: megabytes(rssAfter),
      rssGrowthMb: megabytes(rssAfter - rssBefore),
      peakRssGrowthMb: megabytes(peakRss - rssBefore),
    };
  } finally {
    clearInterval(sampler);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(`${JSON.stringify(await runAssessmentBench(), null, 2)}\n`);
}
