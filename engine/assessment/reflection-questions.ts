import type { AssessmentContext, AssessmentQuestion, AssessmentTension, PerspectiveMatrix } from './assessment-types.js';
import { cyclePresence } from './cycle-presence.js';
import { dominantPerspective } from './perspective-matrix.js';
import type { PlanAnalysis } from './plan-analysis.js';
import { ELEMENT_LABELS, PERSPECTIVE_SHORT_LABELS, PLAN_ELEMENTS } from './plan-elements.js';

/** At most this many questions: enough to start a conversation, few enough to read. */
const MAXIMUM_QUESTIONS = 7;
/** A perspective with at least this score in some row counts as present in the plan. */
const PRESENT_SCORE = 0.15;

function tensionQuestion(tension: AssessmentTension, context: AssessmentContext): AssessmentQuestion | undefined {
  if (tension.kind.startsWith('perspectief-')) {
    return {
      text:
        'Is het verschil in sturingsperspectief tussen het beleid en de uitwerking een bewuste keuze? Welke prikkels geven de bekostiging en de aansturing aan aanbieders en professionals, en helpen die de ambitie uit het beleid?',
      sources: context.sources.term('sturingsfilosofie', 1, 1),
    };
  }
  switch (tension.kind) {
    case 'participatie-ambitie-praktijk':
      return {
        text: 'Welke rol krijgen inwoners concreet bij het maken, uitvoeren en beoordelen van dit plan, en past die rol bij de ambitie om het samen met hen te doen?',
        sources: context.sources.category('burgerparticipatie', 'coproductie-meebeslissen', 2).slice(1),
      };
    case 'uitkomst-ambitie-input-praktijk':
      return {
        text: 'Waaraan ga je zien of het plan de beoogde uitkomsten voor inwoners bereikt? Wat zou het betekenen om de bekostiging en de verantwoording daarop te laten aansluiten?',
        sources: context.sources.term('resultaatfinanciering', 1, 1),
      };
    case 'governance-met-npm-instrumenten':
      return {
        text: 'Welke opdrachtgeversrol wil de gemeente spelen: samen met aanbieders bepalen wat er wordt uitgevoerd, of vooraf specificeren en afrekenen op prestaties? Wat vraagt die keuze van de inkoop?',
        sources: context.sources.category('beleidscyclus', 'kaderstelling-en-contractering', 2).slice(1),
      };
    case 'kleine-cyclus':
      return {
        text: 'Hoe en met wie verken je het maatschappelijke vraagstuk voordat kaders en contracten vastliggen, en wanneer kijk je samen met partners en inwoners terug op het effect?',
        sources: context.sources.category('beleidscyclus', 'evaluatie', 2).slice(1),
      };
    default:
      return undefined;
  }
}

/**
 * Open questions for the people who write and decide on the plan, each grounded in a passage of the theory:
 * first one per tension, then about elements the plan leaves out, a missing phase of the cycle, the dominant
 * perspective and the combination of perspectives. They ask; they do not judge.
 */
export function reflectionQuestions(analysis: PlanAnalysis, matrix: PerspectiveMatrix, tensions: readonly AssessmentTension[], context: AssessmentContext): AssessmentQuestion[] {
  const questions: AssessmentQuestion[] = [];
  for (const tension of tensions) {
    const question = tensionQuestion(tension, context);
    if (question) questions.push(question);
  }

  const missing = PLAN_ELEMENTS.filter((_, row) => matrix.status[row] === 'geen sectie');
  for (const element of missing) {
    questions.push({
      text: `Het plan heeft geen onderdeel over ${ELEMENT_LABELS[element].toLowerCase()}. Hoe wil je dit element invullen, en sluit dat aan bij de visie in het beleid?`,
      sources: context.sources.framework('sturingsperspectief', 1, 3),
    });
  }

  const cycle = cyclePresence(analysis);
  if (!tensions.some((tension) => tension.kind === 'kleine-cyclus')) {
    if (!cycle.present.evaluatie) {
      questions.push({
        text: 'Het plan zegt niet hoe en wanneer het effect wordt bekeken. Wanneer en met wie wil je terugkijken op wat het plan voor inwoners oplevert?',
        sources: context.sources.category('beleidscyclus', 'evaluatie'),
      });
    } else if (!cycle.present['maatschappelijke-verkenning']) {
      questions.push({
        text: 'Het plan laat niet zien hoe het maatschappelijke vraagstuk is verkend. Wie hebben hun kennis van de situatie ingebracht, en wie zou je daar nog bij willen betrekken?',
        sources: context.sources.category('beleidscyclus', 'maatschappelijke-verkenning'),
      });
    }
  }

  const dominant = dominantPerspective(analysis.overall);
  if (dominant) {
    questions.push({
      text: `Het plan als geheel leunt het meest op ${PERSPECTIVE_SHORT_LABELS[dominant]}. Welke rol geeft dat aan inwoners, professionals en de gemeente, en herkennen zij zich in die rol?`,
      sources: context.sources.category('sturingsperspectief', dominant),
    });
  }

  const present = matrix.perspectives.filter((_, column) => matrix.scores.some((row) => (row[column] ?? 0) >= PRESENT_SCORE));
  if (present.length >= 2) {
    questions.push({
      text: 'In het plan komen meerdere sturingsperspectieven samen. Welke combinatie kies je bewust, en waar mag het ene perspectief het andere niet in de weg zitten?',
      sources: context.sources.framework('sturingsperspectief', 1, 2),
    });
  }

  if (cycle.present['kaderstelling-en-contractering'] && cycle.present['uitvoering-en-verantwoording']) {
    questions.push({
      text: 'In welke fase van de beleidscyclus geeft de gemeente richting, en wanneer laat zij los en krijgen uitvoerders en inwoners de ruimte?',
      sources: context.sources.term('maatwerksturing'),
    });
  }
  return questions.filter((question) => question.sources.length > 0).slice(0, MAXIMUM_QUESTIONS);
}
