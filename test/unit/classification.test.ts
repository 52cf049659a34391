import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerClassifyCommand } from '../../cli/commands/classify-command.js';
import { classificationText } from '../../cli/render/classification-text.js';
import { scoreBar } from '../../engine/classification/score-bar.js';
import { CLASSIFIED_FRAMEWORKS, loadClassificationContext } from '../../engine/classification/classification-context.js';
import type { ClassificationContext, ClassificationResult, ClassifiedFrameworkId, FrameworkProfile } from '../../engine/classification/classification-types.js';
import { classifyText } from '../../engine/classification/classify-text.js';
import { signalWordBaseline } from '../../engine/classification/signal-word-baseline.js';
import { wordKey } from '../../engine/classification/word-key.js';
import { InputError } from '../../engine/errors.js';
import { evaluateDataset, loadDescriptions } from '../../eval/classification/run-classification-eval.js';

const corpusDirectory = fileURLToPath(new URL('../../corpus', import.meta.url));
let context: ClassificationContext;

beforeAll(() => {
  context = loadClassificationContext(corpusDirectory);
});

function profile(result: ClassificationResult, framework: ClassifiedFrameworkId): FrameworkProfile {
  const found = result.frameworks.find((candidate) => candidate.id === framework);
  if (!found) throw new Error(`framework ${framework} missing`);
  return found;
}

function dominant(text: string, framework: ClassifiedFrameworkId): string | undefined {
  const found = profile(classifyText(text, context), framework);
  return found.status === 'ok' ? found.dominant : undefined;
}

function silentEverywhere(result: ClassificationResult): boolean {
  return result.frameworks.every((item) => item.status === 'te weinig aanknopingspunten' && item.dominant === undefined && item.confidence <= 0.2);
}

describe('classifyText: contract', () => {
  const description =
    'Voor de jeugdhulp hebben we via een aanbesteding contracten met twintig aanbieders gesloten. In de contracten staan prestatie-indicatoren ' +
    'en we rekenen af op het aantal afgeronde trajecten. Wie betaalt, bepaalt: de inhoud laten we aan de aanbieders als experts.';

  it('returns every framework with every category, sorted, with scores and confidence in 0..1', () => {
    const result = classifyText(description, context);
    expect(result.mode).toBe('offline');
    expect(result.frameworks.map((item) => item.id)).toEqual([...CLASSIFIED_FRAMEWORKS]);
    for (const item of result.frameworks) {
      const definition = context.frameworks.find((framework) => framework.id === item.id);
      expect(definition).toBeDefined();
      expect(new Set(item.ranking.map((score) => score.category))).toEqual(new Set(definition?.categories.map((category) => category.id)));
      expect(item.label).toBe(definition?.label);
      expect(item.confidence).toBeGreaterThanOrEqual(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
      expect(['ok', 'te weinig aanknopingspunten']).toContain(item.status);
      for (let index = 0; index < item.ranking.length; index++) {
        const score = item.ranking[index];
        expect(score?.score).toBeGreaterThanOrEqual(0);
        expect(score?.score).toBeLessThanOrEqual(1);
        expect(typeof score?.explanation).toBe('string');
        expect(score?.explanation.length).toBeGreaterThan(5);
        if (index > 0) expect(score?.score).toBeLessThanOrEqual(item.ranking[index - 1]?.score ?? 1);
      }
      if (item.status === 'ok') expect(item.dominant).toBe(item.ranking[0]?.category);
    }
  });

  it('gives evidence (verbatim sentences of the input) and sources with catalog citations for the top categories', () => {
    const result = classifyText(description, context);
    for (const item of result.frameworks.filter((candidate) => candidate.status === 'ok')) {
      const top = item.ranking[0];
      expect(top?.evidence.length).toBeGreaterThan(0);
      expect(top?.sources.length).toBeGreaterThan(0);
      for (const evidence of top?.evidence ?? []) {
        expect(description).toContain(evidence.text);
        expect(['practice', 'ambition', 'negated']).toContain(evidence.kind);
        expect(evidence.indicator.length).toBeGreaterThan(1);
      }
      for (const source of top?.sources ?? []) {
        expect(source.citation).toMatch(/\(\d{4}\)/);
        expect(source.lines[0]).toBeLessThanOrEqual(source.lines[1]);
        expect(source.quote.length).toBeGreaterThan(3);
      }
    }
  });

  it('serialises to the documented JSON shape', () => {
    const json = JSON.parse(JSON.stringify(classifyText(description, context))) as Record<string, unknown>;
    expect(json.mode).toBe('offline');
    const first = (json.frameworks as Array<Record<string, unknown>>)[0] ?? {};
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['id', 'confidence', 'ranking']));
    const score = (first.ranking as Array<Record<string, unknown>>)[0] ?? {};
    expect(Object.keys(score)).toEqual(expect.arrayContaining(['category', 'label', 'score', 'evidence', 'sources']));
  });
});

describe('classifyText: clear cases per framework', () => {
  const cases: Array<[string, ClassifiedFrameworkId, string]> = [
    [
      'Elke aanvraag toetsen onze consulenten strikt aan de verordening en de beleidsregels, zodat iedereen gelijk wordt behandeld. Tegen elk besluit staat bezwaar open.',
      'sturingsperspectief',
      'PA',
    ],
    [
      'We hebben de huishoudelijke hulp aanbesteed en sturen de aanbieders op prestatie-indicatoren en kosten per cliënt. Elk kwartaal benchmarken we de aanbieders.',
      'sturingsperspectief',
      'NPM',
    ],
    [
      'Met de corporaties, het welzijnswerk en de huisartsen werken we als gelijkwaardige partners samen in een netwerk. Nieuwe plannen maken we in dialoog en we sluiten een convenant.',
      'sturingsperspectief',
      'NPG',
    ],
    [
      'Bewoners nemen zelf het initiatief voor activiteiten in hun buurt en bepalen zelf hun doelen. De gemeente doet een stap terug en rekent op de eigen kracht van de samenleving.',
      'sturingsperspectief',
      'SR',
    ],
    [
      'Het college stelt de regels vast en de gemeente controleert streng of de instellingen zich aan de voorschriften houden; wie dat niet doet, krijgt een sanctie.',
      'sturingsmodel',
      'government',
    ],
    [
      'De uitvoering hebben we uitbesteed aan marktpartijen. We contracteren per product, scheiden beleid en uitvoering en sturen als opdrachtgever op de geleverde prestaties.',
      'sturingsmodel',
      'npm',
    ],
    [
      'Met onze netwerkpartners werken we samen als gelijkwaardige partners; besluiten nemen we in overleg en de gemeente is vooral regievoerder en onderhandelaar.',
      'sturingsmodel',
      'governance',
    ],
    [
      'De afdelingen Jeugd, Wmo en Werk stemmen hun beleid af in een ambtelijke werkgroep om verkokering te voorkomen. De Wmo-raad adviseert over het integrale beleidsplan.',
      'governancetype',
      'integrale-beleidssturing',
    ],
    [
      'De inhoud van de specialistische jeugdzorg laten we aan de experts van de zorgaanbieders; wie betaalt, bepaalt, maar zij hebben de deskundigheid. Ouders worden via een nieuwsbrief geïnformeerd.',
      'governancetype',
      'expertsturing',
    ],
    [
      'Als regisseur brengen we de ketenpartners in zorg en welzijn bij elkaar en stemmen we hun aanbod op elkaar af. Het beleid bouwen we op de kennis van de professionals in dat netwerk.',
      'governancetype',
      'netwerksturing',
    ],
    [
      'In de wijkteams beslissen bewoners en professionals samen over de aanpak, binnen de kaders die de raad heeft gesteld. Signalen uit de wijk gebruiken we direct om het beleid bij te stellen.',
      'governancetype',
      'frontlijnsturing',
    ],
    [
      'Inwoners kiezen met een persoonsgebonden budget zelf hun zorgverlener en houden de regie over hun eigen leven; de gemeente bemiddelt alleen als er iets vastloopt.',
      'governancetype',
      'vraagsturing',
    ],
    [
      'De gemeente bepaalt de visie en de doelen, stelt de randvoorwaarden vooraf vast en monitort zelf of de uitvoerders de opdracht goed uitvoeren.',
      'regierol',
      'bepalende-regisseur',
    ],
    [
      'Visie, doelen en monitoring leggen we samen met de partners vast in een gezamenlijk werkplan, en de verantwoordelijkheid voor het resultaat delen we.',
      'regierol',
      'coproducent',
    ],
    [
      'De partijen in de wijk bepalen zelf hun doelen en sturen zichzelf; de gemeente blijft op de achtergrond en faciliteert waar dat gevraagd wordt.',
      'regierol',
      'facilitator',
    ],
    [
      'We betalen de welzijnsorganisatie voor een vast aantal uren en fte; de subsidie is gebaseerd op de formatie en op eisen aan het personeel.',
      'uitkomststuring',
      'input',
    ],
    [
      'De afspraken met de aanbieders gaan vooral over het proces: de werkprocessen, de protocollen en een doorlooptijd van maximaal vier weken.',
      'uitkomststuring',
      'throughput',
    ],
    [
      'We sturen op het aantal huisbezoeken en op de klanttevredenheid; elk kwartaal krijgen we de productiecijfers van de teams.',
      'uitkomststuring',
      'output',
    ],
    [
      'We sturen op de effecten voor inwoners: meer zelfredzaamheid en minder zorggebruik, en dat meten we elk jaar met een effectmeting.',
      'uitkomststuring',
      'outcome',
    ],
  ];

  it.each(cases)('%s → %s: %s', (text, framework, expected) => {
    expect(dominant(text, framework)).toBe(expected);
  });
});

describe('classifyText: negation, ambition and practice', () => {
  it('does not let a negated indicator win ("niet op uitkomsten")', () => {
    const text = 'Bij de wijkteams sturen we niet op uitkomsten of effecten, maar op het aantal uren en de formatie die de partners inzetten.';
    const result = profile(classifyText(text, context), 'uitkomststuring');
    expect(result.dominant).toBe('input');
    const outcome = result.ranking.find((score) => score.category === 'outcome');
    expect(outcome?.evidence.some((evidence) => evidence.kind === 'negated')).toBe(true);
  });

  it('turns "niet op aantallen maar op wat het oplevert" into outcome', () => {
    const text = 'We sturen niet op aantallen cliënten of geleverde uren, maar op wat het oplevert voor inwoners: doen ze weer mee en zijn ze zelfredzamer?';
    expect(dominant(text, 'uitkomststuring')).toBe('outcome');
  });

  it('weighs what is done now above what is wished for', () => {
    const text = 'We willen naar sturen op uitkomsten, maar nu sturen we op uren en budget.';
    const result = profile(classifyText(text, context), 'uitkomststuring');
    expect(result.status).toBe('ok');
    expect(result.dominant).toBe('input');
    const outcome = result.ranking.find((score) => score.category === 'outcome');
    expect(outcome?.evidence.every((evidence) => evidence.kind === 'ambition')).toBe(true);
  });

  it('follows the practice sentence when an ambition sentence points elsewhere', () => {
    const text =
      'We zouden als gemeente graag meer faciliteren en de welzijnspartners zelf hun doelen laten bepalen. ' +
      'Maar op dit moment stellen wij de doelen en de randvoorwaarden vast, schrijven we de opdracht en monitoren we zelf.';
    expect(dominant(text, 'regierol')).toBe('bepalende-regisseur');
  });

  it('marks a mixed description with a secondary category', () => {
    const text =
      'Voor preventie en welzijn werken we samen met partners in een netwerk en maken we de plannen in overleg. ' +
      'Voor de specialistische zorg kopen we in via een aanbesteding en rekenen we de aanbieders af op prestatie-indicatoren.';
    const result = profile(classifyText(text, context), 'sturingsperspectief');
    expect(result.status).toBe('ok');
    expect([result.dominant, result.secondary].sort()).toEqual(['NPG', 'NPM']);
  });
});

describe('classifyText: no signal', () => {
  const inputs: Array<[string, string]> = [
    ['a question about the theory', 'Wat is governance?'],
    ['a greeting', 'Goedemorgen allemaal! Fijn dat jullie er zijn, de koffie staat klaar.'],
    ['English text', 'Please remember that the team lunch is on Friday and bring your own plate and cup.'],
    ['digits and URLs', '12 34 5678 https://www.example.org/samenwerking/netwerk 99 1000 www.gemeente.nl/aanbesteding 42'],
    ['one word', 'aanbesteding'],
    ['an administrative message', 'De parkeergarage aan de achterkant is volgende week dicht in verband met onderhoud.'],
  ];

  it.each(inputs)('%s gives "te weinig aanknopingspunten" everywhere', (_name, text) => {
    const result = classifyText(text, context);
    expect(silentEverywhere(result)).toBe(true);
    expect(result.notice).toBeTruthy();
  });

  it('handles megabytes of URLs and numbers quickly', () => {
    const junk = Array.from({ length: 60_000 }, (_, index) => (index % 2 === 0 ? `https://www.gemeente.nl/samenwerking/${index}` : `${index * 31} ${index}`)).join(' ');
    const started = performance.now();
    const result = classifyText(junk, context);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(silentEverywhere(result)).toBe(true);
  });

  it('refuses empty input with a Dutch InputError', () => {
    expect(() => classifyText('', context)).toThrow(InputError);
    try {
      classifyText('   \n\t ', context);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).userMessage).toMatch(/geen tekst/i);
    }
  });
});

describe('classifyText: size and speed', () => {
  it('classifies a 300-word description within 50 ms', () => {
    const sentence =
      'Met de partners in de wijk maken we samen afspraken over de aanpak, en de aanbieders rapporteren elk kwartaal over het aantal cliënten en de tevredenheid. ';
    const text = sentence.repeat(12);
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(300);
    classifyText(text, context);
    const started = performance.now();
    const runs = 10;
    for (let run = 0; run < runs; run++) classifyText(text, context);
    expect((performance.now() - started) / runs).toBeLessThan(50);
  });

  it('completes a 500,000-character plan in seconds', () => {
    const document = readFileSync(fileURLToPath(new URL('../../corpus/documents/nijdam-2020-sturing-in-3d.txt', import.meta.url)), 'utf8');
    const plan = document.slice(0, 500_000);
    const started = performance.now();
    const result = classifyText(plan, context);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.frameworks.every((item) => item.status === 'ok')).toBe(true);
    for (const item of result.frameworks) for (const evidence of item.ranking[0]?.evidence ?? []) expect(plan).toContain(evidence.text);
  });
});

describe('signal-word baseline and evaluation', () => {
  it('computes the share of signal-word hits per perspective', () => {
    const result = signalWordBaseline('We bezuinigen en meten de prestatie van elke aanbieder; het resultaat moet efficiënt en effectief zijn.', context);
    const perspective = profile(result, 'sturingsperspectief');
    expect(perspective.dominant).toBe('NPM');
    expect(perspective.ranking.reduce((sum, score) => sum + score.score, 0)).toBeCloseTo(1, 1);
  });

  it('beats the signal-word baseline on the development descriptions', () => {
    const report = evaluateDataset('descriptions', loadDescriptions(), context);
    const engine = report.overall.engineTop1 / report.overall.labelled;
    const baseline = report.overall.baselineTop1 / report.overall.labelled;
    expect(engine).toBeGreaterThan(baseline + 0.15);
    expect(engine).toBeGreaterThanOrEqual(0.85);
    expect(report.noSignal.engine).toBe(report.noSignal.items);
  });
});

describe('word keys', () => {
  it('maps verb forms and plurals onto one key', () => {
    expect(wordKey('bepaalt')).toBe(wordKey('bepalen'));
    expect(wordKey('gestuurd')).toBe(wordKey('sturen'));
    expect(wordKey('vastgelegd')).toBe(wordKey('vastleggen'));
    expect(wordKey('kiest')).toBe(wordKey('kiezen'));
    expect(wordKey('prestaties')).toBe(wordKey('prestatie'));
    expect(wordKey('bepalend')).not.toBe(wordKey('bepalen'));
    expect(wordKey('meten')).not.toBe(wordKey('met'));
  });
});

describe('classifyText: unseen wording', () => {
  function ranking(text: string, framework: ClassifiedFrameworkId): FrameworkProfile {
    return profile(classifyText(text, context), framework);
  }

  it('keeps different words apart that share a stem or a prefix', () => {
    expect(wordKey('beschikbaar')).not.toBe(wordKey('beschikking'));
    expect(wordKey('beschikbare')).toBe(wordKey('beschikbaar'));
    expect(wordKey('regelt')).not.toBe(wordKey('regels'));
    expect(wordKey('regelt')).toBe(wordKey('regelen'));
    expect(wordKey('meteen')).not.toBe(wordKey('meten'));
    expect(wordKey('straks')).not.toBe(wordKey('strak'));
    expect(wordKey('buurt')).not.toBe(wordKey('buren'));
    expect(wordKey('verantwoordelijkheid')).not.toBe(wordKey('verantwoording'));
    expect(wordKey('verantwoordelijkheden')).toBe(wordKey('verantwoordelijkheid'));
    expect(wordKey('ingekocht')).toBe(wordKey('inkopen'));
    expect(wordKey('afgesproken')).toBe(wordKey('afspreken'));
    const perspective = ranking('De wethouder stelt een bescheiden bedrag beschikbaar, en de vrijwilligers van de zorgcoöperatie regelen het vervoer.', 'sturingsperspectief');
    const rechtmatig = perspective.ranking.find((score) => score.category === 'PA');
    expect(rechtmatig?.evidence.length ?? 0).toBe(0);
    const transformation = ranking('De transformatie van de jeugdhulp vraagt veel van iedereen.', 'uitkomststuring');
    expect(transformation.ranking.find((score) => score.category === 'input')?.evidence.length ?? 0).toBe(0);
  });

  it('recognises citizens\' own initiative and a municipality that keeps its distance', () => {
    const text =
      'In de kleine kernen zijn bewoners zelf het initiatief gestart voor een dorpscoöperatie die boodschappen en ritjes naar de huisarts regelt. ' +
      'De gemeente houdt bewust afstand en sluit alleen aan als de coöperatie daarom vraagt.';
    expect(dominant(text, 'sturingsperspectief')).toBe('SR');
    expect(dominant(text, 'regierol')).toBe('facilitator');
    expect(dominant(text, 'sturingsmodel')).toBe('governance');
  });

  it('does not read "zelf" said of the municipality as self-steering of others', () => {
    const text = 'Er is wel overleg met de instellingen geweest, maar de gemeente bepaalde zelf haar doelen en legt de randvoorwaarden vooraf vast.';
    expect(dominant(text, 'regierol')).toBe('bepalende-regisseur');
  });

  it('types one clear, uncontested outcome signal and reads effects on inwoners as outcome', () => {
    const text =
      'Voor de dagbesteding letten we niet langer op het aantal geleverde dagdelen. ' +
      'Waar het om gaat is of deelnemers na een half jaar zelfredzamer zijn, minder terugval hebben en weer meedoen in hun buurt.';
    const result = ranking(text, 'uitkomststuring');
    expect(result.status).toBe('ok');
    expect(result.dominant).toBe('outcome');
    const single = ranking('We sturen niet meer op het aantal uren dat de aanbieders leveren.', 'uitkomststuring');
    expect(single.status).toBe('ok');
    expect(single.dominant).toBe('outcome');
    expect(single.confidence).toBeGreaterThanOrEqual(0.2);
    expect(single.confidence).toBeLessThan(0.6);
  });

  it('keeps silent on texts without a steering signal, also ones with a stray indicator word', () => {
    for (const text of [
      'Morgen staat er een kraam van de gemeente op de weekmarkt om bewoners te informeren over de nieuwe afvalkalender.',
      'Wie heeft de sleutel van vergaderzaal 3? Ik heb straks om twee uur een overleg en wil meteen beginnen.',
      'Restafval brengen bewoners zelf naar de ondergrondse container in de buurt; de pasjes komen in december.',
    ]) {
      expect(silentEverywhere(classifyText(text, context))).toBe(true);
    }
  });

  it('tells netwerksturing (a network of organisations) from frontlijnsturing (policy made with the front line)', () => {
    const network =
      'Met de huisartsen, de GGD, het maatschappelijk werk en de woningcorporaties hebben we een samenwerkingsconvenant. ' +
      'Aan de wijktafel stellen die organisaties samen de prioriteiten voor de wijk vast; de gemeente verbindt de partners.';
    expect(dominant(network, 'governancetype')).toBe('netwerksturing');
    const frontline =
      'Aan de wijktafel beslissen bewoners en de wijkprofessionals samen over de aanpak in de buurt, binnen de kaders die de raad heeft meegegeven. ' +
      'Wat zij in de praktijk tegenkomen, gebruiken we om het beleid bij te stellen.';
    expect(dominant(frontline, 'governancetype')).toBe('frontlijnsturing');
  });

  it('reads contract terms and their policing as a determining director, never as a facilitator', () => {
    const text =
      'De aanbieders werken binnen een budgetplafond en tegen een vaste kostprijs per uur. Binnen dat plafond hebben ze ruimte voor eigen keuzes, ' +
      'maar onze contractmanagers controleren elke maand de declaraties, zien erop toe dat niemand het plafond overschrijdt en grijpen in als dat toch gebeurt.';
    const result = ranking(text, 'regierol');
    expect(result.dominant).toBe('bepalende-regisseur');
    expect(result.ranking.find((score) => score.category === 'facilitator')?.score ?? 1).toBeLessThan(0.2);
  });

  it('gives little weight to a heading', () => {
    const text = '### *Sturen op uitkomsten en effecten*\n\nDe gemeente betaalt de welzijnsorganisatie per uur.';
    expect(dominant(text, 'uitkomststuring')).toBe('input');
  });
});

describe('rendering and command line', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('renders bars, the dominant category, evidence and a source', () => {
    expect(scoreBar(0.61)).toBe('██████░░░░');
    const text = classificationText(
      classifyText('We hebben de hulp aanbesteed en rekenen de aanbieders af op prestatie-indicatoren en productieafspraken.', context),
    );
    expect(text).toContain('NPM');
    expect(text).toMatch(/█+░*/);
    expect(text).toContain('Bron:');
  });

  it('prints exactly one JSON document with --json', async () => {
    let output = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    });
    const program = new Command().exitOverride();
    registerClassifyCommand(program, async (action, json) => action(json));
    await program.parseAsync(['node', 'stuurwijzer', 'classify', '--json', 'We contracteren aanbieders en sturen op prestatie-indicatoren en productiecijfers.']);
    const parsed = JSON.parse(output) as ClassificationResult;
    expect(parsed.mode).toBe('offline');
    expect(parsed.frameworks).toHaveLength(5);
  });
});
