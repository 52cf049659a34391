import { z } from 'zod';
import { classifySystemPrompt, classifyUserPrompt } from '../../prompts/classify-description.js';
import { MODEL_FALLBACK_NOTICE } from '../answer/answer-pipeline.js';
import { ModelUnavailableError, type ChatModel } from '../model/chat-model.js';
import type { CategoryScore, ClassificationContext, ClassificationResult, FrameworkProfile } from './classification-types.js';

/** What the model must return (validated with zod; sent as JSON schema, tool or JSON mode as configured). */
export const modelClassificationSchema = z.object({
  frameworks: z.array(
    z.object({
      id: z.string(),
      ranking: z.array(
        z.object({
          category: z.string(),
          score: z.number(),
          evidence: z.array(z.object({ text: z.string(), indicator: z.string() })),
        }),
      ),
    }),
  ),
});

export type ModelClassification = z.infer<typeof modelClassificationSchema>;

/** Longer texts are cut for the model (the offline engine still reads everything). */
const MAX_MODEL_CHARACTERS = 24_000;
const MIXED_MARGIN = 0.15;

/**
 * Classification by a configured model, checked against the input and the definitions: unknown categories are
 * ignored, evidence that is not a verbatim part of the input is dropped, sources always come from the model files
 * (so they exist). When the model fails, the offline result is returned with a notice.
 */
export async function classifyWithModel(text: string, context: ClassificationContext, model: ChatModel, offline: ClassificationResult): Promise<ClassificationResult> {
  let reply: ModelClassification;
  try {
    reply = await model.structured(
      [
        { role: 'system', content: classifySystemPrompt(context.frameworks) },
        { role: 'user', content: classifyUserPrompt(text.slice(0, MAX_MODEL_CHARACTERS)) },
      ],
      modelClassificationSchema,
      'Typering',
    );
  } catch (error) {
    if (!(error instanceof ModelUnavailableError)) throw error;
    return { ...offline, notice: MODEL_FALLBACK_NOTICE };
  }
  return mergeModelClassification(text, context, reply, offline);
}

/** Combines a validated model reply with the definitions' sources; exported for tests. */
export function mergeModelClassification(text: string, context: ClassificationContext, reply: ModelClassification, offline: ClassificationResult): ClassificationResult {
  const frameworks: FrameworkProfile[] = context.frameworks.map((framework) => {
    const offlineProfile = offline.frameworks.find((profile) => profile.id === framework.id)!;
    const answered = reply.frameworks.find((item) => item.id === framework.id);
    if (!answered) return offlineProfile;
    const ranking: CategoryScore[] = framework.categories.map((category) => {
      const modelScore = answered.ranking.find((item) => item.category.toLowerCase() === category.id.toLowerCase());
      const offlineScore = offlineProfile.ranking.find((item) => item.category === category.id);
      const evidence = (modelScore?.evidence ?? [])
        .filter((item) => item.text.trim().length >= 8 && text.includes(item.text.trim()))
        .slice(0, 3)
        .map((item) => ({ text: item.text.trim(), indicator: item.indicator.slice(0, 80), kind: 'practice' as const }));
      const score = Math.max(0, Math.min(1, Number.isFinite(modelScore?.score) ? (modelScore?.score ?? 0) : 0));
      const sources =
        offlineScore?.sources.length
          ? offlineScore.sources
          : category.sources.slice(0, 2).map((source) => ({ document: source.document, lines: source.lines, citation: context.citation(source.document), quote: source.quote }));
      return {
        category: category.id,
        label: category.label,
        score: Math.round(score * 1000) / 1000,
        evidence,
        sources,
        explanation: evidence.length > 0 ? `Het taalmodel ziet dit in: "${evidence[0]!.text.slice(0, 120)}"` : (offlineScore?.explanation ?? 'Geen bewijs in de tekst.'),
      };
    });
    ranking.sort((left, right) => right.score - left.score);
    const [first, second] = ranking;
    const hasSignal = (first?.score ?? 0) >= 0.2 && ranking.some((item) => item.evidence.length > 0);
    const margin = (first?.score ?? 0) - (second?.score ?? 0);
    return {
      id: framework.id as FrameworkProfile['id'],
      label: framework.label,
      confidence: hasSignal ? Math.round(Math.min(1, (first?.score ?? 0) * 0.6 + margin * 0.8) * 100) / 100 : 0,
      status: hasSignal ? 'ok' : 'te weinig aanknopingspunten',
      dominant: hasSignal ? first?.category : undefined,
      secondary: hasSignal && second && margin < MIXED_MARGIN && second.score >= 0.2 ? second.category : undefined,
      ranking,
    };
  });
  return { mode: 'llm', frameworks };
}
