/**
 * Evaluation of the plan self-assessment on labelled plan-like texts (eval/assessment/plans, labels.json):
 * element assignment per section, the dominant perspective per element (matrix row) and the tensions raised.
 * Run directly: `npx tsx eval/assessment/run-assessment-eval.ts [--json]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { assessPlan } from '../../engine/assessment/assess-plan.js';
import { loadAssessmentContext } from '../../engine/assessment/assessment-context.js';
import type { AssessmentContext, AssessmentResult, PlanElement } from '../../engine/assessment/assessment-types.js';
import { PLAN_ELEMENTS } from '../../engine/assessment/plan-elements.js';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const evalDirectory = fileURLToPath(new URL('./', import.meta.url));

const elementSchema = z.enum(['beleid', 'organisatie', 'bekostiging', 'aansturing']).nullable();
const perspectiveSchema = z.enum(['PA', 'NPM', 'NPG', 'SR']).nullable();

const labelsSchema = z.object({
  plans: z.array(
    z.object({
      file: z.string(),
      /** 'development': written while the assessment was built; 'held-out': written and labelled afterwards, not tuned on. */
      split: z.enum(['development', 'held-out']).default('development'),
      character: z.string(),
      sections: z.array(z.object({ title: z.string(), element: elementSchema })).min(1),
      perspectives: z.object({ beleid: perspectiveSchema, organisatie: perspectiveSchema, bekostiging: perspectiveSchema, aansturing: perspectiveSchema }),
      /** Tension kinds, or prefixes of kinds ("perspectief" matches "perspectief-beleid-bekostiging"). */
      tensions: z.array(z.string()),
    }),
  ),
});

export type AssessmentLabels = z.infer<typeof labelsSchema>;

/** The marker for "no section found with this title" and "no dominant perspective". */
export const NOT_FOUND = '(niet gevonden)';
export const NO_DOMINANT = '(geen)';

export interface SectionOutcome {
  title: string;
  expected: PlanElement | null;
  /** The predicted element, or NOT_FOUND when the heading was not detected. */
  predicted: PlanElement | null | typeof NOT_FOUND;
  correct: boolean;
}

export interface PerspectiveOutcome {
  element: PlanElement;
  expected: string;
  predicted: string;
  correct: boolean;
}

export interface PlanOutcome {
  file: string;
  split: 'development' | 'held-out';
  sections: SectionOutcome[];
  /** Predicted sections whose title is not among the labelled ones (spurious headings). */
  unlabelledSections: string[];
  perspectives: PerspectiveOutcome[];
  expectedTensions: string[];
  foundTensions: string[];
  milliseconds: number;
}

export interface SplitSummary {
  plans: number;
  elementAccuracy: { correct: number; total: number };
  perspectiveAccuracy: { correct: number; total: number };
  tensions: { expected: number; found: number; matched: number };
}

export interface AssessmentEvalReport {
  plans: PlanOutcome[];
  /** The same figures per split: development (used while building) and held-out (labelled before the first run). */
  splits: Record<'development' | 'held-out', SplitSummary>;
  elementAccuracy: { correct: number; total: number };
  /** Expected element (or "null") → predicted → count. */
  elementConfusion: Record<string, Record<string, number>>;
  perspectiveAccuracy: { correct: number; total: number; perElement: Record<PlanElement, { correct: number; total: number }> };
  tensions: { expected: number; found: number; matched: number };
}

export function loadAssessmentLabels(): AssessmentLabels {
  return labelsSchema.parse(JSON.parse(readFileSync(join(evalDirectory, 'labels.json'), 'utf8')));
}

function dominantOf(result: AssessmentResult, element: PlanElement): string {
  const row = result.matrix.elements.indexOf(element);
  if (row < 0 || result.matrix.status[row] !== 'ok') return NO_DOMINANT;
  const scores = result.matrix.scores[row] ?? [];
  let best = 0;
  for (let column = 1; column < scores.length; column++) if ((scores[column] ?? 0) > (scores[best] ?? 0)) best = column;
  return (scores[best] ?? 0) > 0 ? (result.matrix.perspectives[best] ?? NO_DOMINANT) : NO_DOMINANT;
}

function tensionMatches(expected: string, found: string): boolean {
  return found === expected || found.startsWith(`${expected}-`);
}

/** Assesses every labelled plan offline and compares with the labels. */
export function runAssessmentEval(context: AssessmentContext = loadAssessmentContext(join(projectRoot, 'corpus'))): AssessmentEvalReport {
  const labels = loadAssessmentLabels();
  const plans: PlanOutcome[] = [];
  const elementConfusion: Record<string, Record<string, number>> = {};
  const perElement = Object.fromEntries(PLAN_ELEMENTS.map((element) => [element, { correct: 0, total: 0 }])) as Record<PlanElement, { correct: number; total: number }>;
  let elementCorrect = 0;
  let elementTotal = 0;
  let tensionsExpected = 0;
  let tensionsFound = 0;
  let tensionsMatched = 0;

  for (const plan of labels.plans) {
    const text = readFileSync(join(evalDirectory, 'plans', plan.file), 'utf8');
    const started = performance.now();
    const result = assessPlan({ text }, context);
    const milliseconds = Math.round(performance.now() - started);

    const sections: SectionOutcome[] = plan.sections.map((label) => {
      const found = result.sections.find((section) => section.title === label.title);
      const predicted = found ? found.element : NOT_FOUND;
      const correct = predicted === label.element;
      const row = (elementConfusion[String(label.element)] ??= {});
      row[String(predicted)] = (row[String(predicted)] ?? 0) + 1;
      return { title: label.title, expected: label.element, predicted, correct };
    });
    elementCorrect += sections.filter((section) => section.correct).length;
    elementTotal += sections.length;

    const perspectives: PerspectiveOutcome[] = [];
    for (const element of PLAN_ELEMENTS) {
      const expected = plan.perspectives[element];
      if (expected === null) continue;
      const predicted = dominantOf(result, element);
      const correct = predicted === expected;
      perElement[element].total++;
      if (correct) perElement[element].correct++;
      perspectives.push({ element, expected, predicted, correct });
    }

    const foundTensions = result.tensions.map((tension) => tension.kind);
    tensionsExpected += plan.tensions.length;
    tensionsFound += foundTensions.length;
    tensionsMatched += plan.tensions.filter((expected) => foundTensions.some((found) => tensionMatches(expected, found))).length;

    plans.push({
      file: plan.file,
      split: plan.split,
      sections,
      unlabelledSections: result.sections.filter((section) => !plan.sections.some((label) => label.title === section.title)).map((section) => section.title),
      perspectives,
      expectedTensions: plan.tensions,
      foundTensions,
      milliseconds,
    });
  }

  const summary = (split: 'development' | 'held-out'): SplitSummary => {
    const selected = plans.filter((plan) => plan.split === split);
    const sections = selected.flatMap((plan) => plan.sections);
    const perspectives = selected.flatMap((plan) => plan.perspectives);
    const expected = selected.reduce((sum, plan) => sum + plan.expectedTensions.length, 0);
    const found = selected.reduce((sum, plan) => sum + plan.foundTensions.length, 0);
    const matched = selected.reduce((sum, plan) => sum + plan.expectedTensions.filter((kind) => plan.foundTensions.some((item) => tensionMatches(kind, item))).length, 0);
    return {
      plans: selected.length,
      elementAccuracy: { correct: sections.filter((section) => section.correct).length, total: sections.length },
      perspectiveAccuracy: { correct: perspectives.filter((item) => item.correct).length, total: perspectives.length },
      tensions: { expected, found, matched },
    };
  };
  const perspectiveCorrect = PLAN_ELEMENTS.reduce((sum, element) => sum + perElement[element].correct, 0);
  const perspectiveTotal = PLAN_ELEMENTS.reduce((sum, element) => sum + perElement[element].total, 0);
  return {
    plans,
    splits: { development: summary('development'), 'held-out': summary('held-out') },
    elementAccuracy: { correct: elementCorrect, total: elementTotal },
    elementConfusion,
    perspectiveAccuracy: { correct: perspectiveCorrect, total: perspectiveTotal, perElement },
    tensions: { expected: tensionsExpected, found: tensionsFound, matched: tensionsMatched },
  };
}

function ratio(correct: number, total: number): string {
  return total === 0 ? 'n.v.t.' : `${correct}/${total} (${((100 * correct) / total).toFixed(0)}%)`;
}

/** The report as Markdown. */
export function formatAssessmentReport(report: AssessmentEvalReport): string {
  const lines: string[] = [
    '## Plan self-assessment (offline)',
    '',
    `Element assignment per section: ${ratio(report.elementAccuracy.correct, report.elementAccuracy.total)}`,
    `Dominant perspective per element (matrix row): ${ratio(report.perspectiveAccuracy.correct, report.perspectiveAccuracy.total)}`,
    `Tensions: ${report.tensions.matched} of ${report.tensions.expected} expected found; ${report.tensions.found} raised in total`,
    '',
    '| split | plans | elements | perspectives | tensions found / expected (raised) |',
    '| --- | --- | --- | --- | --- |',
    ...(['development', 'held-out'] as const).map((split) => {
      const item = report.splits[split];
      return `| ${split} | ${item.plans} | ${ratio(item.elementAccuracy.correct, item.elementAccuracy.total)} | ${ratio(item.perspectiveAccuracy.correct, item.perspectiveAccuracy.total)} | ${item.tensions.matched}/${item.tensions.expected} (${item.tensions.found}) |`;
    }),
    '',
    '| element | perspective accuracy |',
    '| --- | --- |',
    ...PLAN_ELEMENTS.map((element) => `| ${element} | ${ratio(report.perspectiveAccuracy.perElement[element].correct, report.perspectiveAccuracy.perElement[element].total)} |`),
    '',
    'Element confusion (expected → predicted):',
    '',
    ...Object.entries(report.elementConfusion).map(([expected, predicted]) => `- ${expected}: ${Object.entries(predicted).map(([label, count]) => `${label} ${count}`).join(', ')}`),
    '',
    '| plan | split | elements | perspectives | tensions expected | tensions raised | ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...report.plans.map(
      (plan) =>
        `| ${plan.file} | ${plan.split} | ${plan.sections.filter((section) => section.correct).length}/${plan.sections.length} | ` +
        `${plan.perspectives.filter((item) => item.correct).length}/${plan.perspectives.length} | ${plan.expectedTensions.join(', ') || '–'} | ${plan.foundTensions.join(', ') || '–'} | ${plan.milliseconds} |`,
    ),
  ];
  const misses = report.plans.flatMap((plan) => [
    ...plan.sections.filter((section) => !section.correct).map((section) => `- ${plan.file}: section "${section.title}" expected ${section.expected ?? 'null'}, got ${section.predicted ?? 'null'}`),
    ...plan.perspectives.filter((item) => !item.correct).map((item) => `- ${plan.file}: ${item.element} expected ${item.expected}, got ${item.predicted}`),
    ...plan.unlabelledSections.map((title) => `- ${plan.file}: unlabelled section "${title}"`),
  ]);
  if (misses.length > 0) lines.push('', 'Misses:', '', ...misses);
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const report = runAssessmentEval();
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : `${formatAssessmentReport(report)}\n`);
}
