import { DUTCH_STOPWORDS } from '../../retrieval/dutch-stopwords.js';
import type { Framework } from '../definitions/definition-schema.js';
import { explainCategory } from './classification-explanation.js';
import { checkClassificationInput } from './classification-input.js';
import type {
  CategoryScore,
  ClassificationContext,
  ClassificationEvidence,
  ClassificationResult,
  ClassificationSource,
  ClassifiedFrameworkId,
  FrameworkProfile,
} from './classification-types.js';
import { CLASSIFICATION_WEIGHTS as WEIGHTS } from './classification-weights.js';
import { definitionSimilarity } from './definition-similarity.js';
import {
  judgeFramework,
  ownEvidence,
  ownEvidenceSuffices,
  priorMass,
  round,
  signalStrength,
  similarityMass,
  tallyFramework,
  uncontestedSignal,
  type CategoryTally,
  type ProvisionalProfile,
} from './framework-scoring.js';
import { collectOccurrences, type IndicatorOccurrence } from './indicator-occurrences.js';
import { detectTextLanguage, type TextLanguage } from './text-language.js';
import { segmentText, type SentenceUnit } from './text-segmentation.js';

/** A framework after its own evidence and definition similarity, before the other frameworks' prior. */
interface FirstPass {
  framework: Framework & { id: ClassifiedFrameworkId };
  categories: string[];
  tallies: Map<string, CategoryTally>;
  /** Own indicator evidence, summed over the categories. */
  evidence: number;
  distinct: number;
  /** Similarity mass per category. */
  similarity: Map<string, number>;
  provisional: ProvisionalProfile;
}

function firstPass(framework: Framework, occurrences: readonly IndicatorOccurrence[], keyCounts: ReadonlyMap<string, number>, context: ClassificationContext, typeable: boolean): FirstPass {
  const id = framework.id as ClassifiedFrameworkId;
  const categories = framework.categories.map((category) => category.id);
  const tallies = tallyFramework(id, categories, occurrences, context.links);
  let evidence = 0;
  let distinct = 0;
  for (const tally of tallies.values()) {
    evidence += ownEvidence(tally);
    distinct += tally.distinct;
  }
  const similarity = similarityMass(definitionSimilarity(context.profiles, id, keyCounts), evidence);
  const provisional = categories.map((category) => ownEvidence(tallies.get(category) as CategoryTally) + (similarity.get(category) ?? 0));
  const total = provisional.reduce((sum, value) => sum + value, 0);
  const shares = new Map(categories.map((category, index) => [category, total > 0 ? (provisional[index] ?? 0) / total : 0]));
  const confident = ownEvidenceSuffices(typeable, evidence, distinct);
  return {
    framework: framework as Framework & { id: ClassifiedFrameworkId },
    categories,
    tallies,
    evidence,
    distinct,
    similarity,
    provisional: { framework: id, shares, strength: confident ? signalStrength(evidence) : 0 },
  };
}

function contentKeyCounts(sentences: readonly SentenceUnit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    if (sentence.interrogative) continue;
    for (const token of sentence.tokens) {
      if (token.folded.length < 4 || DUTCH_STOPWORDS.has(token.folded) || !/\p{L}/u.test(token.folded)) continue;
      counts.set(token.key, (counts.get(token.key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Number of words and of distinct content words: one word repeated a million times describes nothing. */
function wordCounts(sentences: readonly SentenceUnit[]): { words: number; distinct: number } {
  let words = 0;
  const distinct = new Set<string>();
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      if (!/\p{L}/u.test(token.folded)) continue;
      words++;
      if (distinct.size < WEIGHTS.minimumDistinctWords && token.folded.length >= 3 && !DUTCH_STOPWORDS.has(token.folded)) distinct.add(token.key);
    }
  }
  return { words, distinct: distinct.size };
}

/** The sentence of an occurrence, verbatim; a very long sentence is cut (still verbatim) around the hit. */
function evidenceText(text: string, sentence: SentenceUnit, positions: readonly number[]): string {
  const whole = text.slice(sentence.start, sentence.end);
  if (whole.length <= WEIGHTS.maximumEvidenceCharacters) return whole;
  const first = Math.min(...positions);
  const last = Math.max(...positions);
  let from = first;
  let to = last;
  const tokens = sentence.tokens;
  while ((from > 0 || to < tokens.length - 1) && (tokens[to]?.end ?? 0) - (tokens[from]?.start ?? 0) < WEIGHTS.maximumEvidenceCharacters - 40) {
    if (from > 0) from--;
    if (to < tokens.length - 1) to++;
  }
  return text.slice(tokens[from]?.start ?? sentence.start, tokens[to]?.end ?? sentence.end);
}

function categoryEvidence(text: string, sentences: readonly SentenceUnit[], tally: CategoryTally): ClassificationEvidence[] {
  const ranked = tally.occurrences
    .filter((occurrence): occurrence is IndicatorOccurrence & { kind: 'practice' | 'ambition' | 'negated' } => occurrence.kind !== 'counter')
    .map((occurrence, order) => ({ occurrence, order }))
    .sort((left, right) => {
      const rank = (kind: string): number => (kind === 'practice' ? 0 : kind === 'ambition' ? 1 : 2);
      return rank(left.occurrence.kind) - rank(right.occurrence.kind) || right.occurrence.value - left.occurrence.value || left.order - right.order;
    });
  const evidence: ClassificationEvidence[] = [];
  const usedSentences = new Set<number>();
  for (const { occurrence } of ranked) {
    if (usedSentences.has(occurrence.sentence)) continue;
    const sentence = sentences[occurrence.sentence];
    if (!sentence) continue;
    usedSentences.add(occurrence.sentence);
    evidence.push({ text: evidenceText(text, sentence, occurrence.positions), indicator: occurrence.phrase.phrase, kind: occurrence.kind });
    if (evidence.length >= WEIGHTS.evidencePerCategory) break;
  }
  return evidence;
}

function categorySources(context: ClassificationContext, framework: Framework, category: string): ClassificationSource[] {
  const definition = framework.categories.find((candidate) => candidate.id === category);
  return (definition?.sources ?? []).slice(0, WEIGHTS.sourcesPerCategory).map((source) => ({
    document: source.document,
    lines: [source.lines[0], source.lines[1]],
    citation: context.citation(source.document),
    quote: source.quote,
  }));
}

/** The label of the other framework's category that supports this category most through the theory's links. */
function strongestLink(context: ClassificationContext, framework: ClassifiedFrameworkId, category: string, passes: readonly FirstPass[]): string | undefined {
  let best: string | undefined;
  let bestValue = 0.05;
  for (const pass of passes) {
    if (pass.framework.id === framework || pass.provisional.strength === 0) continue;
    for (const [otherCategory, share] of pass.provisional.shares) {
      const weight = context.links.between.get(`${pass.framework.id}:${otherCategory}`)?.get(`${framework}:${category}`) ?? 0;
      const value = pass.provisional.strength * share * weight;
      if (value > bestValue) {
        bestValue = value;
        const label = pass.framework.categories.find((candidate) => candidate.id === otherCategory)?.label ?? otherCategory;
        best = `${label} (${pass.framework.id})`;
      }
    }
  }
  return best;
}

function noticeFor(language: TextLanguage, onlyQuestions: boolean, profiles: readonly FrameworkProfile[]): string | undefined {
  if (language === 'no-words') return 'De tekst bevat geen woorden om te typeren (alleen cijfers, links of tekens). Beschrijf in een paar zinnen hoe de gemeente stuurt.';
  if (language === 'other-language') return 'De tekst lijkt niet in het Nederlands geschreven. Stuurwijzer typeert alleen Nederlandse beschrijvingen van een aanpak.';
  const weak = profiles.filter((profile) => profile.status !== 'ok');
  if (weak.length === profiles.length) {
    if (onlyQuestions) {
      return 'Dit lijkt een vraag, geen beschrijving van hoe de gemeente stuurt. Stel de vraag gewoon (of zoek een begrip op met /definitie); om een aanpak te typeren beschrijf je wat de gemeente doet.';
    }
    return 'Te weinig aanknopingspunten om de aanpak te typeren. Beschrijf in een paar zinnen hoe de gemeente stuurt: wie de doelen bepaalt, hoe zij met partners en inwoners samenwerkt en waarop zij stuurt of afrekent.';
  }
  if (weak.length > 0) return `Voor ${weak.map((profile) => profile.label).join(', ')} geeft de tekst te weinig aanknopingspunten.`;
  return undefined;
}

/**
 * Classifies a Dutch description of how a municipality steers (a few sentences or a whole plan) into the
 * theory's five frameworks, offline. Per framework: every category with a 0..1 score, evidence sentences
 * from the input, the category's defining sources, a status and a confidence. Empty input throws an InputError.
 */
export function classifyText(text: string, context: ClassificationContext): ClassificationResult {
  checkClassificationInput(text);
  const sentences = segmentText(text);
  const language = detectTextLanguage(sentences);
  // A question ("Wat is governance?") describes no practice, however many terms of the theory it names.
  const onlyQuestions = sentences.length > 0 && sentences.every((sentence) => sentence.interrogative);
  const counts = wordCounts(sentences);
  const typeable = language === 'dutch' && !onlyQuestions && counts.words >= WEIGHTS.minimumWords && counts.distinct >= WEIGHTS.minimumDistinctWords;
  const occurrences = language === 'dutch' ? collectOccurrences(sentences, context.index) : [];
  const keyCounts = language === 'dutch' ? contentKeyCounts(sentences) : new Map<string, number>();

  const passes = context.frameworks.map((framework) => firstPass(framework, occurrences, keyCounts, context, typeable));
  // A text in which at least one framework is typed on its own evidence is about steering: there, one clear,
  // uncontested signal suffices for another framework. In a text about nothing of the kind it never does.
  const typedOnOwnEvidence = passes.filter((pass) => pass.provisional.strength > 0).map((pass) => pass.framework.id);

  const profiles: FrameworkProfile[] = passes.map((pass) => {
    const { framework, categories, tallies, evidence, similarity } = pass;
    const prior = priorMass(
      framework.id,
      categories,
      passes.map((other) => other.provisional),
      context.links,
      evidence,
    );
    const mass = new Map<string, number>();
    for (const category of categories) {
      const tally = tallies.get(category) as CategoryTally;
      const combined = ownEvidence(tally) + (similarity.get(category) ?? 0) + (typeable ? (prior.mass.get(category) ?? 0) : 0);
      mass.set(category, combined);
    }
    const clear = typedOnOwnEvidence.some((id) => id !== framework.id) && uncontestedSignal(tallies, evidence);
    const verdict = judgeFramework(categories, mass, evidence, pass.distinct, typeable, prior.strongest, clear);
    const ranking: CategoryScore[] = verdict.order.map((category, position) => {
      const tally = tallies.get(category) as CategoryTally;
      const definition = framework.categories.find((candidate) => candidate.id === category);
      const priorLabel = (prior.mass.get(category) ?? 0) > 0.05 && typeable ? strongestLink(context, framework.id, category, passes) : undefined;
      return {
        category,
        label: definition?.label ?? category,
        score: round(verdict.scores.get(category) ?? 0),
        evidence: categoryEvidence(text, sentences, tally),
        sources: position < 2 ? categorySources(context, framework, category) : [],
        explanation: explainCategory(tally, priorLabel, (similarity.get(category) ?? 0) > 0),
      };
    });
    const profile: FrameworkProfile = { id: framework.id, label: framework.label, confidence: verdict.confidence, status: verdict.status, ranking };
    if (verdict.dominant) profile.dominant = verdict.dominant;
    if (verdict.secondary) profile.secondary = verdict.secondary;
    return profile;
  });

  const result: ClassificationResult = { mode: 'offline', frameworks: profiles };
  const notice = noticeFor(language, onlyQuestions, profiles);
  if (notice) result.notice = notice;
  return result;
}
