import type { ClassifiedFrameworkId, FrameworkStatus } from './classification-types.js';
import { CLASSIFICATION_WEIGHTS as WEIGHTS } from './classification-weights.js';
import type { FrameworkLinks } from './framework-links.js';
import type { IndicatorOccurrence } from './indicator-occurrences.js';

/** The evidence for one category, summed over the input. */
export interface CategoryTally {
  category: string;
  /** Damped support from practice, neutral and past sentences. */
  practice: number;
  /** Damped support from ambition sentences. */
  ambition: number;
  /** Support from negated indicators of a contrasting category ("niet meer in uren" → outcome). */
  flipped: number;
  /** Negated own indicators and counter-indicators. */
  against: number;
  /** Distinct supporting phrases (and negated phrases of a contrasting category); a multi-word phrase counts as two, a weak word half. */
  distinct: number;
  /** The category's own occurrences (all kinds), in input order. */
  occurrences: IndicatorOccurrence[];
}

/** How much one phrase counts towards the distinct indicators: a multi-word phrase two, a single word one. */
function distinctWeight(occurrence: IndicatorOccurrence): number {
  return occurrence.phrase.keys.length > 1 ? 2 : 1;
}

/** Own evidence of a category: support minus what speaks against it, never below zero. */
export function ownEvidence(tally: CategoryTally): number {
  return Math.max(0, tally.practice + tally.ambition + tally.flipped - tally.against);
}

/**
 * Sums the occurrences of one framework per category. A counter-indicator cancels the category's support in
 * its own sentence (and the sentences that continue it with a pronoun) (up to twice its value: "de beleidsmedewerkers schrijven samen …" is no coproduction);
 * what it cannot cancel there counts against the category overall. Repeats of the same indicator are damped
 * (1, 1/1.5, 1/2, …) so that a long plan that says "samenwerking" a hundred times does not drown the rest.
 * When the text also says what is done now for this framework, its ambitions count for less still.
 */
export function tallyFramework(
  framework: ClassifiedFrameworkId,
  categories: readonly string[],
  occurrences: readonly IndicatorOccurrence[],
  links: FrameworkLinks,
): Map<string, CategoryTally> {
  const tallies = new Map<string, CategoryTally>(
    categories.map((category) => [category, { category, practice: 0, ambition: 0, flipped: 0, against: 0, distinct: 0, occurrences: [] }]),
  );
  const seen = new Map<number, number>();
  const distinctPhrases = new Map<string, Set<number>>();
  const own = occurrences.filter((occurrence) => occurrence.framework === framework && tallies.has(occurrence.category));
  let index = 0;
  while (index < own.length) {
    const unit = own[index]?.unit;
    const group: IndicatorOccurrence[] = [];
    while (index < own.length && own[index]?.unit === unit) group.push(own[index++] as IndicatorOccurrence);
    const veto = new Map<string, number>();
    for (const occurrence of group) {
      if (occurrence.kind === 'counter') veto.set(occurrence.category, (veto.get(occurrence.category) ?? 0) + WEIGHTS.counterVeto * occurrence.value);
    }
    for (const occurrence of group) {
      const tally = tallies.get(occurrence.category) as CategoryTally;
      tally.occurrences.push(occurrence);
      if (occurrence.kind === 'counter') continue;
      const count = (seen.get(occurrence.phrase.id) ?? 0) + 1;
      seen.set(occurrence.phrase.id, count);
      let value = occurrence.value / (1 + WEIGHTS.repetitionDamping * (count - 1));
      if (occurrence.kind === 'negated') {
        tally.against += WEIGHTS.negatedPenalty * value;
        for (const contrast of links.contrasts.get(`${framework}:${occurrence.category}`) ?? []) {
          const target = tallies.get(contrast.split(':')[1] ?? '');
          if (!target) continue;
          target.flipped += WEIGHTS.negatedFlip * value;
          // "niet meer op uren" is a signal of its own for the contrasting category, as distinct as a supporting phrase.
          const phrases = distinctPhrases.get(target.category) ?? new Set<number>();
          if (!phrases.has(occurrence.phrase.id)) {
            phrases.add(occurrence.phrase.id);
            target.distinct += distinctWeight(occurrence);
          }
          distinctPhrases.set(target.category, phrases);
        }
        continue;
      }
      // The same words cannot speak both for and against a category: a counter-indicator that shares a word with
      // a supporting hit ("de gemeente bepaalt zelf" against "bepalen zelf") cancels it outright.
      const overlapped = group.some(
        (counter) =>
          counter.kind === 'counter' &&
          counter.category === occurrence.category &&
          counter.sentence === occurrence.sentence &&
          counter.positions.some((position) => occurrence.positions.includes(position)),
      );
      if (overlapped) continue;
      const cancel = Math.min(value, veto.get(occurrence.category) ?? 0);
      if (cancel > 0) veto.set(occurrence.category, (veto.get(occurrence.category) ?? 0) - cancel);
      value -= cancel;
      if (value <= 0) continue;
      if (occurrence.kind === 'practice') tally.practice += value;
      else tally.ambition += value;
      const phrases = distinctPhrases.get(occurrence.category) ?? new Set<number>();
      if (!phrases.has(occurrence.phrase.id)) {
        phrases.add(occurrence.phrase.id);
        tally.distinct += distinctWeight(occurrence);
      }
      distinctPhrases.set(occurrence.category, phrases);
    }
    for (const [category, left] of veto) {
      const tally = tallies.get(category);
      if (tally && left > 0) tally.against += (WEIGHTS.counter * left) / WEIGHTS.counterVeto;
    }
  }
  const practiceSeen = [...tallies.values()].some((tally) => tally.practice > 0);
  if (practiceSeen) for (const tally of tallies.values()) tally.ambition *= WEIGHTS.ambitionBesidePractice;
  return tallies;
}

/** Similarity mass per category: a share of the evidence, spread by how much more a definition resembles the text than the least similar one. */
export function similarityMass(similarity: ReadonlyMap<string, number>, evidence: number): Map<string, number> {
  const values = [...similarity.values()];
  const minimum = values.length > 0 ? Math.min(...values) : 0;
  const excess = values.reduce((sum, value) => sum + (value - minimum), 0);
  const result = new Map<string, number>();
  for (const [category, value] of similarity) {
    result.set(category, excess > 0 ? (WEIGHTS.similarityShare * evidence * (value - minimum)) / excess : 0);
  }
  return result;
}

/** A framework's provisional distribution, passed to the other frameworks as a prior. */
export interface ProvisionalProfile {
  framework: ClassifiedFrameworkId;
  /** Share per category (sums to 1 when there is evidence). */
  shares: ReadonlyMap<string, number>;
  /** 0..1; zero when the framework itself has too little to go on. */
  strength: number;
}

export function signalStrength(evidence: number): number {
  return 1 - Math.exp(-evidence / WEIGHTS.strengthScale);
}

/**
 * The prior for one framework from the others: each confident framework passes its shares along the theory's
 * links (e.g. expertsturing → npm). Returns mass per category: a share of the framework's own evidence plus a
 * small absolute part that stays below the status threshold.
 */
export interface PriorMass {
  mass: Map<string, number>;
  /** The largest incoming link mass of one category (strength × share × link weight, summed over frameworks). */
  strongest: number;
}

export function priorMass(
  framework: ClassifiedFrameworkId,
  categories: readonly string[],
  others: readonly ProvisionalProfile[],
  links: FrameworkLinks,
  evidence: number,
): PriorMass {
  const raw = new Map<string, number>(categories.map((category) => [category, 0]));
  for (const other of others) {
    if (other.framework === framework || other.strength === 0) continue;
    for (const [category, share] of other.shares) {
      const targets = links.between.get(`${other.framework}:${category}`);
      if (!targets) continue;
      for (const [target, weight] of targets) {
        const [targetFramework, targetCategory = ''] = target.split(':');
        if (targetFramework !== framework || !raw.has(targetCategory)) continue;
        raw.set(targetCategory, (raw.get(targetCategory) ?? 0) + other.strength * share * weight);
      }
    }
  }
  const total = [...raw.values()].reduce((sum, value) => sum + value, 0);
  const scale = Math.max(1, total);
  const mass = new Map<string, number>();
  for (const [category, value] of raw) {
    mass.set(category, ((WEIGHTS.priorShare * evidence + WEIGHTS.priorAbsolute) * value) / scale);
  }
  return { mass, strongest: Math.max(0, ...raw.values()) };
}

export interface FrameworkVerdict {
  status: FrameworkStatus;
  confidence: number;
  /** Scores 0..1 per category. */
  scores: Map<string, number>;
  /** Category ids, highest score first (ties keep the model order). */
  order: string[];
  dominant?: string;
  secondary?: string;
}

/**
 * Turns the combined mass per category into scores, status and confidence. The status is 'ok' when the
 * framework's own evidence (not similarity or prior) passes the threshold with enough distinct indicators, or
 * (with a capped, low confidence) when confidently typed other frameworks point to it through the theory's
 * links strongly enough (`derived`): the typing is then inferred, never invented from nothing. A `clear` signal
 * (see uncontestedSignal) only needs to reach the status threshold, not the number of distinct indicators.
 */
export function judgeFramework(
  categories: readonly string[],
  mass: ReadonlyMap<string, number>,
  evidence: number,
  distinct: number,
  typeable: boolean,
  derived = 0,
  clear = false,
): FrameworkVerdict {
  const total = categories.reduce((sum, category) => sum + (mass.get(category) ?? 0), 0);
  const scores = new Map<string, number>();
  for (const category of categories) scores.set(category, (mass.get(category) ?? 0) / (total + WEIGHTS.scoreDamping));
  const order = [...categories].sort((left, right) => (scores.get(right) ?? 0) - (scores.get(left) ?? 0));
  const first = scores.get(order[0] ?? '') ?? 0;
  const second = scores.get(order[1] ?? '') ?? 0;
  const ownOk = (ownEvidenceSuffices(typeable, evidence, distinct) || (clear && typeable && evidence >= WEIGHTS.statusThreshold)) && first > 0;
  const margin = first > 0 ? (first - second) / first : 0;
  // A typing by inference needs one category that clearly leads: a tie is no typing.
  const derivedOk = !ownOk && typeable && first > 0 && derived >= WEIGHTS.derivedThreshold && margin >= WEIGHTS.derivedMargin;
  const strength = signalStrength(evidence);
  if (!ownOk && !derivedOk) {
    return { status: 'te weinig aanknopingspunten', confidence: round(Math.min(0.2, 0.5 * strength * margin)), scores, order };
  }
  const confidence = ownOk ? strength * (0.4 + 0.6 * margin) : Math.min(WEIGHTS.derivedConfidenceCap, 0.5 * derived) * (0.4 + 0.6 * margin);
  const verdict: FrameworkVerdict = { status: 'ok', confidence: round(confidence), scores, order };
  if (order[0]) verdict.dominant = order[0];
  if (order[1] && second > 0 && second >= WEIGHTS.secondaryRatio * first) verdict.secondary = order[1];
  return verdict;
}

/**
 * Whether a framework's evidence is one clear, uncontested signal: (nearly) all of it for one category. Such a
 * signal types the framework on less evidence than usual ("We meten elk jaar de tevredenheid van cliënten"),
 * provided the text is about steering at all — that is for the caller to check (another framework is typed).
 */
export function uncontestedSignal(tallies: ReadonlyMap<string, CategoryTally>, evidence: number): boolean {
  if (evidence <= 0) return false;
  const top = Math.max(0, ...[...tallies.values()].map(ownEvidence));
  return top >= WEIGHTS.uncontestedShare * evidence;
}

/** Whether a framework's own indicator evidence is enough to type it. */
export function ownEvidenceSuffices(typeable: boolean, evidence: number, distinct: number): boolean {
  if (!typeable || evidence < WEIGHTS.statusThreshold) return false;
  return distinct >= WEIGHTS.minimumDistinctIndicators || evidence >= WEIGHTS.singleIndicatorThreshold;
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
