const QUESTION_START = /^\s*(wat|wie|waar|wanneer|waarom|hoe|welke?|wordt|worden|is|zijn|kan|kun|kunnen|mag|moet|heeft|hebben|geldt|bestaat|leg|vertel|geef|noem|wat's)\b/i;
const OUR_PRACTICE = /\b(we|wij|ons|onze|bij ons|in onze gemeente|onze gemeente|de gemeente \p{Lu}\p{L}+)\b/iu;
const STEERING_VERBS = /\b(sturen|stuurt|sturing|aanbested\p{L}*|inkopen|inkoop|contract\p{L}*|subsidi\p{L}*|werken|werkt|organiseren|financier\p{L}*|bekostig\p{L}*|afrekenen|regie|samenwerk\p{L}*|betrekken|laten|bepalen|monitoren|verantwoord\p{L}*)\b/iu;

/**
 * Whether a message describes the user's own approach ("we hebben de hulp bij het huishouden aanbesteed en sturen
 * op prestatie-indicatoren") rather than asking something. Such messages go to the classifier.
 */
export function looksLikeDescription(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length < 60) return false;
  const sentences = trimmed.split(/(?<=[.!?])\s+/);
  const questions = sentences.filter((sentence) => sentence.trim().endsWith('?') || QUESTION_START.test(sentence)).length;
  if (questions > sentences.length / 2) return false;
  return OUR_PRACTICE.test(trimmed) && STEERING_VERBS.test(trimmed);
}
