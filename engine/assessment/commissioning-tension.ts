import type { AssessmentContext, AssessmentTension } from './assessment-types.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { dutchList } from './dutch-format.js';
import { categoryScore, distinctTexts, locatedEvidence } from './plan-evidence.js';
import { TermMatcher } from './term-matcher.js';
import { mergeSources } from './theory-sources.js';

/** Instruments of New Public Management in commissioning (Wester & Schurer §2.1, §5). */
const NPM_INSTRUMENTS = new TermMatcher(
  [
    'bestuurlijke aanbesteding', 'aanbesteding', 'aanbesteden', 'europese aanbesteding', 'prestatie-indicatoren', 'prestatieindicatoren', 'kpi',
    'afrekenen', 'bonus-malus', 'boete', 'boetes', 'productieafspraken', 'prestatieafspraken', 'p x q', 'concurrentie', 'marktwerking', 'offerte',
    'offerteaanvraag', 'bestek', 'programma van eisen', 'gunning', 'gunnen', 'inschrijving', 'bonusregeling', 'malusregeling',
  ].map((phrase) => ({ phrase, tag: 'npm' as const, weight: 1 })),
);

/** Words that make a governance sentence about working with partners (rather than about inwoners' own strength). */
const PARTNERSHIP = /^(?:partner|netwerkpartner|ketenpartner|gelijkwaardig|samenwerk|overleg|cocreatie|allianti|coalitie)/;

/** A governance score from which the plan counts as choosing governance (collaboration with equal partners). */
const GOVERNANCE_SCORE = 0.2;

/**
 * The plan chooses governance (samenwerking met gelijkwaardige partners) but commissions with NPM instruments
 * such as (bestuurlijke) aanbesteding, prestatie-indicatoren or afrekenen.
 */
export function detectCommissioningTension(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension | undefined {
  const governanceSections = analysis.sections.filter((section) => {
    const profile = section.classification.frameworks.find((candidate) => candidate.id === 'sturingsmodel');
    return profile?.status === 'ok' && profile.dominant === 'governance';
  });
  if (categoryScore(analysis.overall, 'sturingsmodel', 'governance') < GOVERNANCE_SCORE && governanceSections.length === 0) return undefined;
  const governance = locatedEvidence(analysis, 'sturingsmodel', 'governance').filter((item) => item.evidence.kind !== 'negated');
  const instruments = analysis.sentences
    .filter((sentence) => sentence.mode !== 'negated')
    .map((sentence) => ({ sentence, hits: NPM_INSTRUMENTS.match(sentence.tokens) }))
    .filter((item) => item.hits.length > 0);
  const instrumentTexts = new Set(instruments.map((item) => item.sentence.text));
  const claims = governance.filter(
    (item) =>
      !instrumentTexts.has(item.evidence.text) &&
      !(item.sentence && instrumentTexts.has(item.sentence.text)) &&
      (item.sentence?.tokens ?? []).some((token) => PARTNERSHIP.test(token.folded)),
  );
  if (claims.length === 0 || instruments.length === 0) return undefined;
  const named = [...new Set(instruments.flatMap((item) => item.hits.map((hit) => hit.phrase)))];
  const namesBestuurlijke = named.includes('bestuurlijke aanbesteding');
  return {
    kind: 'governance-met-npm-instrumenten',
    title: 'Governance met instrumenten uit New Public Management',
    text:
      'Het plan kiest voor samenwerking met partners als gelijkwaardige partijen (governance), maar regelt de opdrachtverlening met instrumenten uit New Public Management ' +
      `(${dutchList(named.slice(0, 4))}). Wester & Schurer zien zulke mengvormen vaak: NPM duikt op bij opdracht en uitvoering. ` +
      'Zij onderscheiden daarbij een governance-opdrachtgever van een NPM-opdrachtgever.',
    evidence: distinctTexts([...claims.slice(0, 2).map((item) => item.evidence.text), ...instruments.slice(0, 2).map((item) => item.sentence.text)], 4),
    sources: mergeSources(
      namesBestuurlijke ? context.sources.term('bestuurlijke-aanbesteding') : [],
      context.sources.relation('sturingsmodel', 'sturingsmodel:npm', 'sturingsmodel:governance', 'combines-with', 3).slice(1),
    ).slice(0, 3),
  };
}
