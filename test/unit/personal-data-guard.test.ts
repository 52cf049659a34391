import { describe, expect, it } from 'vitest';
import { InputError, StuurwijzerError } from '../../engine/errors.js';
import {
  detectPersonalData,
  guardPersonalData,
  isValidIban,
  passesElfproef,
  PersonalDataError,
  redactPersonalData,
  type PersonalDataFinding,
  type PersonalDataKind,
} from '../../engine/privacy/personal-data-guard.js';

/** The detected values, read back from the text by offset (the findings themselves hold no values). */
function found(text: string, kind?: PersonalDataKind): string[] {
  return detectPersonalData(text)
    .filter((finding) => kind === undefined || finding.kind === kind)
    .map((finding) => text.slice(finding.start, finding.end));
}

function kinds(text: string): PersonalDataKind[] {
  return detectPersonalData(text).map((finding) => finding.kind);
}

describe('elfproef', () => {
  it('accepts 111222333: 9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6 × 11', () => {
    expect(9 * 1 + 8 * 1 + 7 * 1 + 6 * 2 + 5 * 2 + 4 * 2 + 3 * 3 + 2 * 3 - 1 * 3).toBe(66);
    expect(passesElfproef('111222333')).toBe(true);
  });

  it('accepts 123456782 (sum 154 = 14 × 11)', () => {
    expect(passesElfproef('123456782')).toBe(true);
  });

  it('rejects nine digits that fail the check, all zeros, and wrong lengths', () => {
    for (const digits of ['123456789', '111222334', '125000000', '000000000', '12345678', '1234567820', '12345678a']) {
      expect(passesElfproef(digits), digits).toBe(false);
    }
  });
});

describe('detectPersonalData: BSN', () => {
  it('finds a BSN written together, with dots, with spaces and as on an identity card', () => {
    const text = 'BSN 111222333, ook 123.456.782, 123 456 782 of 1234 56 782 en 12.34.56.782.';
    expect(found(text)).toEqual(['111222333', '123.456.782', '123 456 782', '1234 56 782', '12.34.56.782']);
    expect(kinds(text)).toEqual(['bsn', 'bsn', 'bsn', 'bsn', 'bsn']);
  });

  it('ignores nine-digit numbers that fail the elfproef', () => {
    expect(detectPersonalData('Nummers 123456789, 111222334 en 987.654.320.')).toEqual([]);
  });

  it('ignores amounts, also when the digits happen to pass the elfproef', () => {
    expect(passesElfproef('117000000')).toBe(true);
    expect(detectPersonalData('Budget € 117.000.000, of EUR 117000000, of 117.000.000 euro.')).toEqual([]);
    expect(detectPersonalData('Er zijn 130.000.000 transacties en € 125.000.000 aan kosten.')).toEqual([]);
  });

  it('ignores nine digits inside a longer number, a decimal amount or a word', () => {
    expect(detectPersonalData('1234567820 en 123456782,50 en 1.123.456.782 en Z123456782 en 123456782b')).toEqual([]);
  });
});

describe('detectPersonalData: telephone numbers', () => {
  const numbers = [
    '06-12345678',
    '06 1234 5678',
    '06 12 34 56 78',
    '0612345678',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 12345678',
    '0031 6 1234 5678',
    '020-1234567',
    '050 123 4567',
    '(020) 123 45 67',
    '0591-123456',
    '+31 20 123 4567',
    '+32 2 123 45 67',
  ];

  for (const number of numbers) {
    it(`finds ${number}`, () => {
      const text = `Bel ${number} voor een afspraak.`;
      expect(detectPersonalData(text)).toEqual([{ kind: 'phone', start: 4, end: 4 + number.length }]);
    });
  }

  it('does not take years, amounts, dates, times, percentages or article and line numbers for phone numbers', () => {
    const text =
      'In 2019-2022 en 2023 kostte het € 1.200 of 1.250.000 euro; artikel 2.3.5, regel 120-135; ' +
      'op 06-12-2023 14 deelnemers, 01-01-2024; van 09.00-17.00 uur; 12,5% en 0,5 fte; bel 14 050 of 0800-1234.';
    expect(detectPersonalData(text)).toEqual([]);
  });
});

describe('detectPersonalData: IBAN', () => {
  it('finds a Dutch IBAN with and without spaces, in lower case too', () => {
    expect(found('Rekening NL91 ABNA 0417 1643 00, of NL91ABNA0417164300 of nl91abna0417164300.')).toEqual([
      'NL91 ABNA 0417 1643 00',
      'NL91ABNA0417164300',
      'nl91abna0417164300',
    ]);
  });

  it('reports an IBAN as one IBAN, not also as a phone number in its digits', () => {
    expect(kinds('Rekening NL91 ABNA 0417 1643 00 graag.')).toEqual(['iban']);
  });

  it('ignores an IBAN with a wrong check digit', () => {
    expect(detectPersonalData('Rekening NL92 ABNA 0417 1643 00 en NL91ABNA0417164301.')).toEqual([]);
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
  });

  it('finds other European IBANs with a valid checksum', () => {
    expect(found('DE89 3704 0044 0532 0130 00 en BE68 5390 0754 7034 en FR14 2004 1010 0505 0001 3M02 606.')).toEqual([
      'DE89 3704 0044 0532 0130 00',
      'BE68 5390 0754 7034',
      'FR14 2004 1010 0505 0001 3M02 606',
    ]);
    expect(detectPersonalData('DE88 3704 0044 0532 0130 00')).toEqual([]);
  });

  it('stops at the country\'s IBAN length, so two IBANs in a row are both found', () => {
    expect(found('NL91ABNA0417164300 NL91 ABNA 0417 1643 00 ABC')).toEqual(['NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00']);
  });

  it('validates with isValidIban', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL91ABNA041716430')).toBe(false); // one digit short
    expect(isValidIban('XX91ABNA0417164300')).toBe(false); // no such country
  });
});

describe('detectPersonalData: e-mail addresses', () => {
  it('finds e-mail addresses, without the full stop that ends the sentence', () => {
    expect(found('Mail jan.de-vries+wmo@gemeente.groningen.nl. Of j_jansen@example.com!')).toEqual([
      'jan.de-vries+wmo@gemeente.groningen.nl',
      'j_jansen@example.com',
    ]);
  });

  it('ignores mentions and half addresses', () => {
    expect(detectPersonalData('Zie @gemeente, info@ en www.groningen.nl of jan@localhost.')).toEqual([]);
  });
});

describe('detectPersonalData: addresses', () => {
  const addresses = [
    'Hoofdstraat 12',
    'Kerkweg 3a',
    'Van der Duyn van Maasdamweg 20 bis',
    "Oude Kijk in 't Jatstraat 26",
    'Grote Markt 1',
    'Stationsplein 5',
    'Kerkstraat 5-II',
    'Prinsengracht 263',
    'Herengracht 12 hs',
    'Emmasingel 8',
  ];

  for (const address of addresses) {
    it(`finds ${address}`, () => {
      const text = `Mevrouw woont aan de ${address} sinds vorig jaar.`;
      expect(found(text)).toEqual([address]);
      expect(kinds(text)).toEqual(['address']);
    });
  }

  it('takes a postcode and place after the street into the same address', () => {
    expect(found('Adres: Hoofdstraat 12, 9712 AB Groningen.')).toEqual(['Hoofdstraat 12, 9712 AB Groningen']);
  });

  it('finds a postcode with a place on its own', () => {
    expect(found('Wij wonen in 9712 AB Groningen en zij in 2511CV Den Haag.')).toEqual(['9712 AB Groningen', '2511CV Den Haag']);
  });

  it('does not start the address at a preposition', () => {
    expect(found('In de Kerkstraat 5 is het druk.')).toEqual(['Kerkstraat 5']);
  });

  it('ignores policy text with numbers after capitalised words', () => {
    const text =
      'Wmo 2015, Jeugdwet 2015, Participatiewet 2015, artikel 12, Figuur 3, paragraaf 4.2, Tabel 4, Bijlage 2, ' +
      'Hoofdstuk 3, Agenda 2030, Arbeidsmarkt 2030, Woningmarkt 2, Zorgpad 2, Hoofdweg 2024 (een jaartal), in 2015 EU Verordening.';
    expect(detectPersonalData(text)).toEqual([]);
  });

  it('ignores the postcode of a PO box or reply number', () => {
    expect(detectPersonalData('Gemeente Groningen, Postbus 30026, 9700 RM Groningen; Antwoordnummer 123, 9700 VB Groningen.')).toEqual([]);
  });
});

describe('detectPersonalData on policy text', () => {
  it('finds nothing in a long policy paragraph full of numbers', () => {
    const paragraph = [
      'Met de invoering van de Wmo 2015 en de Jeugdwet 2015 zijn 3 decentralisaties doorgevoerd; het uitgangspunt is 1 gezin 1 plan 1 regisseur.',
      'In de periode 2019-2022 steeg het budget van € 1.200 per cliënt naar € 1.450 per cliënt, en het totaal van € 125.000.000 naar € 131.500.000 (zie Figuur 3 en Tabel 4).',
      'Artikel 12 van de verordening en artikel 2.3.5 lid 1 sub a regelen de bekostiging; paragraaf 4.2 beschrijft de toegang.',
      'Op 1 januari 2023 (01-01-2023) ontvingen 12.345 huishoudens ondersteuning, 37% meer dan in 2018; de gemeente telt 234.567 inwoners.',
      'Het Hoofdlijnenakkoord 2022-2026, de Agenda 2030, de Arbeidsmarkt 2030 en versie 1.0.3 van het Sociaal Domein 2.0 staan in Bijlage 2, regel 120-135.',
      'Het spreekuur is van 09.00-17.00 uur; bel 14 050. Kenmerk 2023/123456, zaaknummer Z-2023-001234, ISBN 978-90-123-4567-8.',
      'Correspondentie: Gemeente Groningen, Postbus 30026, 9700 RM Groningen; zie www.groningen.nl/jeugd.',
    ].join(' ');
    expect(detectPersonalData(paragraph)).toEqual([]);
  });

  it('stays fast on long text', () => {
    const text = 'Het Nieuwe Beleid Voor De Jeugd En Het Gezin In De Stad 2019-2022 € 1.200 artikel 2.3.5 '.repeat(5000);
    const started = performance.now();
    expect(detectPersonalData(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('findings', () => {
  it('hold only kind and offsets, sorted, frozen, and never the value', () => {
    const text = 'BSN 111222333, mail jan@example.com, bel 06-12345678.';
    const findings = detectPersonalData(text);
    expect(findings).toEqual([
      { kind: 'bsn', start: 4, end: 13 },
      { kind: 'email', start: 20, end: 35 },
      { kind: 'phone', start: 41, end: 52 },
    ]);
    for (const finding of findings) {
      expect(Object.keys(finding).sort()).toEqual(['end', 'kind', 'start']);
      expect(Object.isFrozen(finding)).toBe(true);
    }
    const logged = JSON.stringify(findings);
    for (const value of ['111222333', 'jan@example.com', '06-12345678']) expect(logged).not.toContain(value);
  });
});

describe('redactPersonalData', () => {
  it('replaces every kind with its Dutch placeholder and keeps the rest of the text', () => {
    const text =
      'Mijn BSN is 111222333 en mijn IBAN NL91 ABNA 0417 1643 00. Bel 06-12345678 of mail jan@example.com. ' +
      'Ik woon op de Hoofdstraat 12, 9712 AB Groningen. Het gaat om de Wmo 2015.';
    const result = redactPersonalData(text);
    expect(result.text).toBe(
      'Mijn BSN is [BSN verwijderd] en mijn IBAN [IBAN verwijderd]. Bel [telefoonnummer verwijderd] of mail [e-mailadres verwijderd]. ' +
        'Ik woon op de [adres verwijderd]. Het gaat om de Wmo 2015.',
    );
    expect(result.findings.map((finding: PersonalDataFinding) => finding.kind)).toEqual(['bsn', 'iban', 'phone', 'email', 'address']);
    expect(text.slice(result.findings[0]?.start, result.findings[0]?.end)).toBe('111222333');
  });

  it('returns the text unchanged when there is nothing to redact', () => {
    expect(redactPersonalData('Wat is het verschil tussen inkoop en subsidie?')).toEqual({
      text: 'Wat is het verschil tussen inkoop en subsidie?',
      findings: [],
    });
  });
});

describe('guardPersonalData', () => {
  it('refuses a message with a BSN, explaining in Dutch without repeating the number', () => {
    const result = guardPersonalData('Kun je dossier 111222333 bekijken?', 'refuse');
    expect(result.allowed).toBe(false);
    if (result.allowed) return;
    expect(result.userMessage).toBe(
      'Je bericht bevat persoonsgegevens (een BSN). Stuurwijzer verwerkt geen persoonsgegevens: haal ze weg en stel je vraag opnieuw.',
    );
    expect(result.kinds).toEqual(['bsn']);
    expect(result.findings).toEqual([{ kind: 'bsn', start: 15, end: 24 }]);
  });

  it('lists every kind found, with counts, and never a value', () => {
    const text = 'Bel 06-12345678 of 020-1234567, mail jan@example.com, BSN 123.456.782, Hoofdstraat 12, NL91ABNA0417164300.';
    const result = guardPersonalData(text, 'refuse');
    if (result.allowed) throw new Error('expected a refusal');
    expect(result.userMessage).toBe(
      'Je bericht bevat persoonsgegevens (een BSN, een IBAN-rekeningnummer, twee telefoonnummers, een e-mailadres en een adres). ' +
        'Stuurwijzer verwerkt geen persoonsgegevens: haal ze weg en stel je vraag opnieuw.',
    );
    expect(result.kinds).toEqual(['bsn', 'iban', 'phone', 'email', 'address']);
    const everything = `${result.userMessage} ${result.error.message} ${JSON.stringify(result)}`;
    for (const value of ['06-12345678', '020-1234567', 'jan@example.com', '123.456.782', 'Hoofdstraat', 'NL91ABNA0417164300']) {
      expect(everything).not.toContain(value);
    }
  });

  it('offers the refusal as a typed error that adapters can throw', () => {
    const result = guardPersonalData('Mail jan@example.com', 'refuse');
    if (result.allowed) throw new Error('expected a refusal');
    expect(result.error).toBeInstanceOf(PersonalDataError);
    expect(result.error).toBeInstanceOf(InputError);
    expect(result.error).toBeInstanceOf(StuurwijzerError);
    expect(result.error.code).toBe('personal-data');
    expect(result.error.userMessage).toBe(result.userMessage);
    expect(result.error.kinds).toEqual(['email']);
    expect(result.error.message).toBe('Refused input with personal data: email×1');
  });

  it('allows a clean message unchanged in refuse mode', () => {
    const text = 'Hoe verhoudt artikel 2.3.5 van de Wmo 2015 zich tot de Jeugdwet 2015?';
    expect(guardPersonalData(text, 'refuse')).toEqual({ allowed: true, text, findings: [] });
  });

  it('allows a message with personal data in redact mode, with the data replaced', () => {
    const result = guardPersonalData('Mijn nummer is 06 1234 5678, mijn BSN 1234 56 782.', 'redact');
    expect(result).toEqual({
      allowed: true,
      text: 'Mijn nummer is [telefoonnummer verwijderd], mijn BSN [BSN verwijderd].',
      findings: [
        { kind: 'phone', start: 15, end: 27 },
        { kind: 'bsn', start: 38, end: 49 },
      ],
    });
  });
});
