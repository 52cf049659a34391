import { readConfiguration } from '../config/configuration.js';
import { loadClassificationContext } from '../engine/classification/classification-context.js';
import { classifyText } from '../engine/classification/classify-text.js';

const DESCRIPTION = [
  'In onze gemeente hebben we de hulp bij het huishouden aanbesteed en sturen we op prestatie-indicatoren.',
  'Zorgaanbieders leveren maandelijks productiecijfers aan en we rekenen af per geleverd uur.',
  'Het sociaal wijkteam werkt wel samen met de huisartsen en het maatschappelijk werk in de wijk,',
  'maar de gemeente bepaalt de kaders en de doelen en controleert of de afspraken worden nagekomen.',
  'Inwoners worden geïnformeerd via de website en een jaarlijkse bijeenkomst; de Wmo-adviesraad geeft gevraagd advies.',
].join(' ');

/** Classification speed: a ~300-word description (target ≤ 50 ms) and a long plan. */
export async function runClassificationBench(): Promise<Record<string, unknown>> {
  const context = loadClassificationContext(readConfiguration().STUURWIJZER_CORPUS_DIR);
  const words = DESCRIPTION.split(/\s+/);
  const text300 = Array.from({ length: 300 }, (_, index) => words[index % words.length]).join(' ');
  for (let round = 0; round < 5; round++) classifyText(text300, context);
  const times: number[] = [];
  for (let round = 0; round < 50; round++) {
    const start = performance.now();
    classifyText(text300, context);
    times.push(performance.now() - start);
  }
  times.sort((left, right) => left - right);
  const plan = Array.from({ length: 200 }, () => `${DESCRIPTION}\n\n`).join('').repeat(2);
  const start = performance.now();
  classifyText(plan, context);
  const planMs = performance.now() - start;
  return {
    words300: { runs: times.length, p50Ms: Math.round(times[25]! * 100) / 100, p95Ms: Math.round(times[47]! * 100) / 100 },
    longPlan: { characters: plan.length, ms: Math.round(planMs) },
  };
}
