import type { AssessmentContext, AssessmentTension, Perspective, PlanElement } from './assessment-types.js';
import { perspectiveProfile, dominantPerspective } from './perspective-matrix.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { ELEMENT_LABELS, PERSPECTIVE_SHORT_LABELS } from './plan-elements.js';
import { dutchList, dutchScore } from './dutch-format.js';
import { categoryEvidence, distinctTexts } from './plan-evidence.js';
import { mergeSources } from './theory-sources.js';

/** Perspectives with the society as actor (Nijdam's horizontal axis) and with the government as actor. */
const SOCIETY_SIDE: readonly Perspective[] = ['NPG', 'SR'];
const GOVERNMENT_SIDE: readonly Perspective[] = ['PA', 'NPM'];
const INSTRUMENT_ELEMENTS: readonly PlanElement[] = ['organisatie', 'bekostiging', 'aansturing'];

/**
 * The beleid leans to the society side (NPG, SR) while organisatie, bekostiging or aansturing lean to the
 * government side (PA, NPM): the vision and the instruments speak different steering languages. One tension per
 * perspective the instruments lean to; raised only when the classifier found evidence on both sides.
 */
export function detectPerspectiveTensions(analysis: PlanAnalysis, context: AssessmentContext): AssessmentTension[] {
  const vision = dominantPerspective(analysis.elements.beleid);
  if (!vision || !SOCIETY_SIDE.includes(vision)) return [];
  const visionEvidence = categoryEvidence(analysis.elements.beleid, 'sturingsperspectief', vision).filter((item) => item.kind !== 'negated');
  if (visionEvidence.length === 0) return [];
  const tensions: AssessmentTension[] = [];
  for (const instrument of GOVERNMENT_SIDE) {
    const elements = INSTRUMENT_ELEMENTS.filter((element) => dominantPerspective(analysis.elements[element]) === instrument);
    const evidence = elements.flatMap((element) =>
      categoryEvidence(analysis.elements[element], 'sturingsperspectief', instrument)
        .filter((item) => item.kind !== 'negated')
        .slice(0, 2)
        .map((item) => item.text),
    );
    if (elements.length === 0 || evidence.length === 0) continue;
    const names = dutchList(elements.map((element) => `de ${ELEMENT_LABELS[element].toLowerCase()}`));
    const visionScore = perspectiveProfile(analysis.elements.beleid)?.ranking.find((score) => score.category === vision)?.score ?? 0;
    const verb = elements.length > 1 ? 'leunen' : 'leunt';
    tensions.push({
      kind: `perspectief-beleid-${elements.join('-')}`,
      title: 'Visie en instrumenten spreken een andere sturingstaal',
      text:
        `Het beleid leunt op ${PERSPECTIVE_SHORT_LABELS[vision]} (score ${dutchScore(visionScore)}), maar ${names} ${verb} op ${PERSPECTIVE_SHORT_LABELS[instrument]}. ` +
        'Visie en instrumenten spreken zo een andere sturingstaal: wat de bekostiging en de aansturing belonen, kan de ambitie uit het beleid doorkruisen. ' +
        'Nijdam ziet zulke combinaties vaak; Janssens wijst erop dat gemeenten die één zelfgekozen sturingsfilosofie consequent toepassen op beleid, inkoop en verantwoording meer grip hebben.',
      evidence: distinctTexts([...visionEvidence.slice(0, 2).map((item) => item.text), ...evidence], 4),
      sources: mergeSources(
        context.sources.relation('sturingsperspectief', `sturingsperspectief:${vision}`, `sturingsperspectief:${instrument}`),
        context.sources.term('sturingsfilosofie'),
        context.sources.category('sturingsperspectief', instrument),
      ).slice(0, 3),
    });
  }
  return tensions;
}
