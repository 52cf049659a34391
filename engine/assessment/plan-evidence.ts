import type { ClassificationEvidence, ClassificationResult } from '../classification/classification-types.js';
import type { AnalysedSection, AnalysedSentence, PlanAnalysis } from './plan-analysis.js';

/** The evidence the classifier gave for one category of one framework. */
export function categoryEvidence(classification: ClassificationResult | undefined, frameworkId: string, category: string): ClassificationEvidence[] {
  const profile = classification?.frameworks.find((candidate) => candidate.id === frameworkId);
  return profile?.ranking.find((score) => score.category === category)?.evidence ?? [];
}

/** The score of one category of one framework (0 when absent). */
export function categoryScore(classification: ClassificationResult | undefined, frameworkId: string, category: string): number {
  const profile = classification?.frameworks.find((candidate) => candidate.id === frameworkId);
  return profile?.ranking.find((score) => score.category === category)?.score ?? 0;
}

/** Evidence from a section's classification, tied to the plan's sentence it came from. */
export interface LocatedEvidence {
  evidence: ClassificationEvidence;
  section: AnalysedSection;
  sentence: AnalysedSentence | undefined;
}

/** Every piece of evidence for a category across the sections, with the sentence of the plan it lies in. */
export function locatedEvidence(analysis: PlanAnalysis, frameworkId: string, category: string): LocatedEvidence[] {
  const located: LocatedEvidence[] = [];
  for (const section of analysis.sections) {
    for (const evidence of categoryEvidence(section.classification, frameworkId, category)) {
      const offset = section.body.indexOf(evidence.text);
      const start = offset < 0 ? -1 : section.bodyStart + offset;
      const sentence = start < 0 ? undefined : section.sentences.find((candidate) => candidate.end > start && candidate.start < start + evidence.text.length);
      located.push({ evidence, section, sentence });
    }
  }
  return located;
}

/** Distinct texts, in order, at most `limit`. */
export function distinctTexts(texts: readonly string[], limit: number): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const text of texts) {
    const key = text.replace(/\s+/g, ' ').trim();
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(text);
    if (result.length >= limit) break;
  }
  return result;
}
