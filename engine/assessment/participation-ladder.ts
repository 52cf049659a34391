import type { Framework } from '../definitions/definition-schema.js';
import type { PlanToken } from './plan-tokens.js';
import { TermMatcher, type TermEntry } from './term-matcher.js';

/** A rung of the participation ladder (corpus/models/burgerparticipatie.json), lowest first. */
export interface ParticipationRung {
  /** The category id, e.g. 'informeren' or 'coproductie-meebeslissen'. */
  id: string;
  label: string;
  /** 1 (informeren) .. 5 (zelfbestuur). */
  level: number;
}

export interface ParticipationHit {
  rung: ParticipationRung;
  phrase: string;
}

export interface ParticipationLadder {
  rungs: ParticipationRung[];
  /** The highest rung a sentence speaks of, when it speaks of inwoners taking part. */
  highest(tokens: readonly PlanToken[]): ParticipationHit | undefined;
}

/** Indicators about a person's own care rather than about taking part in policy: they do not place a plan on the ladder. */
const NOT_ABOUT_POLICY = new Set(['pgb', 'persoonsgebonden budget', 'eigen budget', 'eigen kracht', 'eigen regie', 'zelf regelen', 'zelf bepalen', 'informatie', 'brief', 'meewerken']);

/** Words that make a sentence about inwoners (rather than about partners or the council). */
const CITIZEN_WORDS = new Set([
  'inwoner', 'inwoners', 'bewoner', 'bewoners', 'burger', 'burgers', 'client', 'clienten', 'ouders', 'jongeren', 'ervaringsdeskundigen',
  'ervaringsdeskundige', 'samenleving', 'mantelzorgers', 'vrijwilligers', 'buurtbewoners', 'wijkbewoners', 'dorpsbewoners', 'deelnemers',
  'doelgroep', 'gebruikers', 'cliëntenraad', 'adviesraad', 'wmoraad', 'participatieraad',
]);
const CITIZEN_STEMS = /(burger|bewoner|inwoner|buurt|wijk|dorp|client|ouder|participatie|wmo)/;

/** Builds the ladder from the burgerparticipatie model; its categories are listed from lowest to highest rung. */
export function buildParticipationLadder(model: Framework | undefined): ParticipationLadder {
  const rungs: ParticipationRung[] = (model?.categories ?? []).map((category, index) => ({ id: category.id, label: category.label, level: index + 1 }));
  const entries: TermEntry<string>[] = [];
  for (const category of model?.categories ?? []) {
    for (const indicator of category.indicators) {
      if (NOT_ABOUT_POLICY.has(indicator.phrase)) continue;
      entries.push({ phrase: indicator.phrase, tag: category.id, weight: indicator.weight });
    }
  }
  const matcher = new TermMatcher(entries);
  const byId = new Map(rungs.map((rung) => [rung.id, rung]));
  return {
    rungs,
    highest(tokens: readonly PlanToken[]): ParticipationHit | undefined {
      const aboutCitizens = tokens.some((token) => CITIZEN_WORDS.has(token.folded));
      let best: ParticipationHit | undefined;
      for (const hit of matcher.match(tokens)) {
        const rung = byId.get(hit.tag);
        if (!rung) continue;
        if (!aboutCitizens && !CITIZEN_STEMS.test(hit.phrase)) continue;
        if (!best || rung.level > best.rung.level) best = { rung, phrase: hit.phrase };
      }
      return best;
    },
  };
}
