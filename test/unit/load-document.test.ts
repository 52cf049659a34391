import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../engine/errors.js';
import { DocumentReadError, type DocumentReadReason } from '../../retrieval/ingest/errors.js';
import { loadDocument, type DocumentInput, type DocumentLimits } from '../../retrieval/ingest/load-document.js';

// ---------------------------------------------------------------------------------------------
// Fixture builders (everything is generated here; no binary fixtures in the repository)
// ---------------------------------------------------------------------------------------------

interface PdfPageSpec {
  heading?: string;
  lines?: string[];
  /** Cover the page with an image, like a scan. */
  image?: boolean;
  /** A small line at the bottom, like a page stamp on a scanned Woo document. */
  stamp?: string;
}

/** A 1×1 grey PNG; pdf-lib scales it to cover the page. */
const ONE_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
  'base64',
);

async function makePdf(pages: PdfPageSpec[], title?: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  if (title !== undefined) pdf.setTitle(title);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const image = pages.some((page) => page.image) ? await pdf.embedPng(ONE_PIXEL_PNG) : undefined;
  for (const spec of pages) {
    const page = pdf.addPage([595, 842]);
    if (spec.image && image) page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
    let y = 780;
    if (spec.heading) {
      page.drawText(spec.heading, { x: 50, y, size: 18, font: bold });
      y -= 30;
    }
    for (const line of spec.lines ?? []) {
      page.drawText(line, { x: 50, y, size: 11, font: regular });
      y -= 18;
    }
    if (spec.stamp) page.drawText(spec.stamp, { x: 20, y: 20, size: 7, font: regular });
  }
  return pdf.save();
}

/** A hand-written PDF with correct cross-reference offsets; used for an /Encrypt dictionary pdf-lib cannot write. */
function rawPdf(objects: string[], trailerExtra: string): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/** Standard security handler (RC4, revision 2) whose /U entry matches no empty password: a user password is required. */
function passwordProtectedPdf(): Uint8Array {
  return rawPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
      `<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`,
    ],
    `/Encrypt 4 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`,
  );
}

async function makeDocx(children: Array<Paragraph | Table>): Promise<Uint8Array> {
  const document = new Document({
    numbering: {
      config: [{ reference: 'stappen', levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Deterministic pseudo-random bytes (xorshift), so the "binary garbage" fixture is the same on every run. */
function garbage(length: number, seed = 12345): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

function concat(...parts: Array<Uint8Array | string>): Uint8Array {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
}

async function expectReadError(
  input: DocumentInput,
  reason: DocumentReadReason,
  limits?: Partial<DocumentLimits>,
): Promise<DocumentReadError> {
  const error: unknown = await loadDocument(input, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  const readError = error as DocumentReadError;
  expect(readError.reason).toBe(reason);
  expect(readError.code).toBe('document-read');
  expect(readError.fileName).toBe(input.fileName);
  // The Dutch message is advice for a person: no stack trace, no parser jargon, no English log text.
  expect(readError.userMessage).not.toMatch(/\n\s+at |Exception|pdf\.js|mammoth|Error:|undefined/);
  expect(readError.userMessage).not.toBe(readError.message);
  expect(readError.message).toContain(reason);
  return readError;
}

const CORRUPT_MESSAGE = 'Dit bestand kan ik niet lezen: het lijkt beschadigd. Probeer het opnieuw te exporteren als PDF of DOCX.';

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

describe('loadDocument: PDF', () => {
  const pageOne: PdfPageSpec = {
    heading: 'Bekostiging',
    lines: [
      'De gemeente financiert de jeugdhulp met een vast budget per jaar.',
      'Ideeën van inwoners worden meegenomen in het beleid.',
    ],
  };
  const pageTwo: PdfPageSpec = {
    heading: 'Financiën',
    lines: ['Het café-overleg met aanbieders vindt elk kwartaal plaats – ook in 2025.'],
  };

  it('extracts the text of every page, joined with a blank line, with diacritics, page count and title', async () => {
    const bytes = await makePdf([pageOne, pageTwo], 'Beleidsnota Jeugdhulp');
    const document = await loadDocument({ bytes, fileName: 'nota.pdf' });
    expect(document).toEqual({
      format: 'pdf',
      pages: 2,
      title: 'Beleidsnota Jeugdhulp',
      text:
        'Bekostiging\n' +
        'De gemeente financiert de jeugdhulp met een vast budget per jaar.\n' +
        'Ideeën van inwoners worden meegenomen in het beleid.\n' +
        '\n' +
        'Financiën\n' +
        'Het café-overleg met aanbieders vindt elk kwartaal plaats – ook in 2025.',
    });
  });

  it('does not detach or change the caller\'s bytes (pdf.js takes ownership of what it is given)', async () => {
    const bytes = await makePdf([pageOne]);
    const copy = new Uint8Array(bytes);
    await loadDocument({ bytes, fileName: 'nota.pdf' });
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('cleans a title written by Word and leaves it out when there is none', async () => {
    const withWordTitle = await loadDocument({ bytes: await makePdf([pageOne], 'Microsoft Word - Nota sociaal domein.docx'), fileName: 'a.pdf' });
    expect(withWordTitle.title).toBe('Nota sociaal domein');
    const withoutTitle = await loadDocument({ bytes: await makePdf([pageOne]), fileName: 'b.pdf' });
    expect(withoutTitle).not.toHaveProperty('title');
  });

  it('recognises a PDF by its bytes, whatever its name or content type says', async () => {
    const bytes = await makePdf([pageOne]);
    const document = await loadDocument({ bytes, fileName: 'verslag.txt', contentType: 'text/plain' });
    expect(document.format).toBe('pdf');
    expect(document.text.startsWith('Bekostiging\n')).toBe(true);
  });

  it('leaves out empty pages between text pages', async () => {
    const document = await loadDocument({ bytes: await makePdf([pageOne, {}, pageTwo]), fileName: 'nota.pdf' });
    expect(document.pages).toBe(3);
    expect(document.text).toContain('in het beleid.\n\nFinanciën\n');
  });

  it('accepts a short text-only PDF (no images, so not a scan)', async () => {
    const bytes = await makePdf([{ lines: ['Zie de bijlage voor de begroting van 2025.'] }]);
    const document = await loadDocument({ bytes, fileName: 'kort.pdf' });
    expect(document.text).toBe('Zie de bijlage voor de begroting van 2025.');
  });

  it('reports no-text-layer for a PDF whose pages are empty', async () => {
    const error = await expectReadError({ bytes: await makePdf([{}, {}]), fileName: 'leeg.pdf' }, 'no-text-layer');
    expect(error.userMessage).toContain('(OCR)');
    expect(error.userMessage).toContain('scan');
  });

  it('reports no-text-layer for a PDF with only an image on its page', async () => {
    await expectReadError({ bytes: await makePdf([{ image: true }]), fileName: 'scan.pdf' }, 'no-text-layer');
  });

  it('reports no-text-layer for scanned pages that only carry a text stamp', async () => {
    const pages = [1, 2, 3].map((number) => ({
      image: true,
      stamp: `Woo-besluit gemeente Groningen, pagina ${number} van 3, 5.1.2e`,
    }));
    await expectReadError({ bytes: await makePdf(pages), fileName: 'woo-besluit.pdf' }, 'no-text-layer');
  });

  it('reads a PDF whose text pages have an image as well', async () => {
    const bytes = await makePdf([{ ...pageOne, image: true }, pageTwo]);
    const document = await loadDocument({ bytes, fileName: 'met-logo.pdf' });
    expect(document.text.split('\n\n')).toHaveLength(2);
  });

  it('reports encrypted for a password-protected PDF', async () => {
    const error = await expectReadError({ bytes: passwordProtectedPdf(), fileName: 'geheim.pdf' }, 'encrypted');
    expect(error.userMessage).toContain('wachtwoord');
    expect(error.message).toContain('PasswordException');
  });

  it('reports corrupt for a truncated PDF, with the standard Dutch advice', async () => {
    const bytes = await makePdf([pageOne, pageTwo]);
    const error = await expectReadError({ bytes: bytes.slice(0, Math.floor(bytes.length * 0.6)), fileName: 'kapot.pdf' }, 'corrupt');
    expect(error.userMessage).toBe(CORRUPT_MESSAGE);
    expect(error.cause).toBeInstanceOf(Error);
  });

  it('reports corrupt for a PDF header followed by garbage', async () => {
    await expectReadError({ bytes: concat('%PDF-1.7\n', garbage(2000)), fileName: 'rommel.pdf' }, 'corrupt');
  });

  it('reports corrupt for a file named .pdf that is not a PDF', async () => {
    const error = await expectReadError({ bytes: Buffer.from('Gewoon wat tekst.'), fileName: 'nota.pdf' }, 'corrupt');
    expect(error.userMessage).toBe(CORRUPT_MESSAGE);
  });

  it('reports too-many-pages before reading the text', async () => {
    const bytes = await makePdf([pageOne, pageTwo, pageOne]);
    const error = await expectReadError({ bytes, fileName: 'dik.pdf' }, 'too-many-pages', { maxPages: 2 });
    expect(error.userMessage).toBe(
      "Dit document heeft 3 pagina's. Ik kan documenten tot 2 pagina's lezen. Splits het document of stuur alleen de hoofdstukken die je nodig hebt.",
    );
  });

  it('reads up to exactly maxPages', async () => {
    const document = await loadDocument({ bytes: await makePdf([pageOne, pageTwo]), fileName: 'nota.pdf' }, { maxPages: 2 });
    expect(document.pages).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// DOCX
// ---------------------------------------------------------------------------------------------

describe('loadDocument: DOCX', () => {
  it('turns headings into # lines, paragraphs into blank-line separated text and lists into "- " lines', async () => {
    const bytes = await makeDocx([
      new Paragraph({ text: 'Bekostiging', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun('De gemeente '),
          new TextRun({ text: 'bekostigt', bold: true }),
          new TextRun(' de jeugdhulp & de Wmo < 2015 > "per traject".'),
        ],
      }),
      new Paragraph({ text: 'Ideeën over café-overleg volgen later.' }),
      new Paragraph({ text: '' }),
      new Paragraph({ text: 'Uitvoering', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'inkoop per traject', bullet: { level: 0 } }),
      new Paragraph({ text: 'subsidie aan wijkteams', bullet: { level: 0 } }),
      new Paragraph({ text: 'met prestatieafspraken', bullet: { level: 1 } }),
      new Paragraph({ text: 'Aanbesteden', numbering: { reference: 'stappen', level: 0 } }),
      new Paragraph({ text: 'Contracteren', numbering: { reference: 'stappen', level: 0 } }),
      new Table({
        rows: [
          new TableRow({ children: [new TableCell({ children: [new Paragraph('Jaar')] }), new TableCell({ children: [new Paragraph('Budget')] })] }),
          new TableRow({ children: [new TableCell({ children: [new Paragraph('2025')] }), new TableCell({ children: [new Paragraph('€ 1.200')] })] }),
        ],
      }),
    ]);
    const document = await loadDocument({ bytes, fileName: 'nota.docx' });
    expect(document).toEqual({
      format: 'docx',
      title: 'Bekostiging',
      text: [
        '# Bekostiging',
        'De gemeente bekostigt de jeugdhulp & de Wmo < 2015 > "per traject".',
        'Ideeën over café-overleg volgen later.',
        '## Uitvoering',
        '- inkoop per traject\n- subsidie aan wijkteams\n  - met prestatieafspraken',
        '1. Aanbesteden\n2. Contracteren',
        '| Jaar | Budget |\n| --- | --- |\n| 2025 | € 1.200 |',
      ].join('\n\n'),
    });
  });

  it('reads a DOCX from a path', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'stuurwijzer-docx-'));
    try {
      const path = join(directory, 'nota.docx');
      await writeFile(path, await makeDocx([new Paragraph({ text: 'Bekostiging', heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')]));
      const document = await loadDocument({ path, fileName: 'nota.docx' });
      expect(document.text).toBe('# Bekostiging\n\nTekst.');
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('reports corrupt for zip garbage named .docx', async () => {
    const error = await expectReadError({ bytes: concat('PK\u0003\u0004', garbage(3000)), fileName: 'nota.docx' }, 'corrupt');
    expect(error.userMessage).toBe(CORRUPT_MESSAGE);
  });

  it('reports corrupt for a truncated DOCX', async () => {
    const bytes = await makeDocx([new Paragraph({ text: 'Bekostiging', heading: HeadingLevel.HEADING_1 }), new Paragraph('Tekst.')]);
    const error = await expectReadError({ bytes: bytes.slice(0, Math.floor(bytes.length / 2)), fileName: 'nota.docx' }, 'corrupt');
    expect(error.message).toContain('mammoth');
  });

  it('reports corrupt for a DOCX content type on bytes that are not a zip', async () => {
    await expectReadError(
      {
        bytes: Buffer.from('geen zip'),
        fileName: 'upload',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      'corrupt',
    );
  });

  it('reports empty for a DOCX without text', async () => {
    await expectReadError({ bytes: await makeDocx([new Paragraph('')]), fileName: 'leeg.docx' }, 'empty');
  });

  it('reports encrypted for a password-protected Word file (an OLE container with EncryptedPackage)', async () => {
    const ole = concat(
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      new Uint8Array(500),
      Buffer.from('EncryptedPackage', 'utf16le'),
      new Uint8Array(500),
    );
    const error = await expectReadError({ bytes: ole, fileName: 'geheim.docx' }, 'encrypted');
    expect(error.userMessage).toContain('Word-bestand is beveiligd met een wachtwoord');
  });

  it('reports unsupported-type for an old .doc file, advising to save as .docx', async () => {
    const ole = concat(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), new Uint8Array(1000));
    const error = await expectReadError({ bytes: ole, fileName: 'oud.doc' }, 'unsupported-type');
    expect(error.userMessage).toContain('.docx');
  });

  it('reports unsupported-type for another Office zip such as an Excel file', async () => {
    const error = await expectReadError({ bytes: concat('PK\u0003\u0004', 'xl/workbook.xml', garbage(200)), fileName: 'begroting.xlsx' }, 'unsupported-type');
    expect(error.userMessage).toContain('Excel');
  });
});

// ---------------------------------------------------------------------------------------------
// Markdown and plain text
// ---------------------------------------------------------------------------------------------

describe('loadDocument: markdown and plain text', () => {
  it('keeps markdown as is, removing the BOM and turning CRLF into LF; the first # heading is the title', async () => {
    const bytes = concat(Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('# Jeugdhulp\r\n\r\nIdeeën en café.\r\n## Bekostiging\r\nTekst.\r\n', 'utf8'));
    const document = await loadDocument({ bytes, fileName: 'nota.md' });
    expect(document).toEqual({ format: 'markdown', title: 'Jeugdhulp', text: '# Jeugdhulp\n\nIdeeën en café.\n## Bekostiging\nTekst.\n' });
  });

  it('reads plain text without a title', async () => {
    const document = await loadDocument({ bytes: Buffer.from('Regel één\rRegel twee\n', 'utf8'), fileName: 'notitie.txt' });
    expect(document).toEqual({ format: 'text', text: 'Regel één\nRegel twee\n' });
  });

  it('uses the content type when the name has no extension', async () => {
    const markdown = await loadDocument({ bytes: Buffer.from('# Kop\n\nTekst'), fileName: 'upload', contentType: 'text/markdown; charset=utf-8' });
    expect(markdown.format).toBe('markdown');
    const text = await loadDocument({ bytes: Buffer.from('Tekst'), fileName: 'upload', contentType: 'text/plain' });
    expect(text.format).toBe('text');
  });

  it('reports unsupported-type for binary garbage named plan.txt', async () => {
    const error = await expectReadError({ bytes: garbage(4096), fileName: 'plan.txt' }, 'unsupported-type');
    expect(error.userMessage).toBe(
      'Dit bestand heeft de naam van een tekstbestand, maar bevat geen leesbare tekst. ' +
        'Stuur een PDF, een Word-bestand (.docx), een Markdown-bestand (.md) of een tekstbestand (.txt).',
    );
  });

  it('reports unsupported-type for valid UTF-8 that is mostly control characters', async () => {
    const bytes = Buffer.from('\u0001\u0002\u0003\u0004abc\u0005\u0006\u0007\u0008'.repeat(50), 'utf8');
    await expectReadError({ bytes, fileName: 'plan.txt' }, 'unsupported-type');
  });

  it('asks for UTF-8 when a text file is in a legacy encoding', async () => {
    const error = await expectReadError({ bytes: Buffer.from('Ideeën over het café', 'latin1'), fileName: 'plan.txt' }, 'unsupported-type');
    expect(error.userMessage).toContain('UTF-8');
  });

  it('asks for UTF-8 when a text file is UTF-16', async () => {
    const bytes = concat(Buffer.from([0xff, 0xfe]), Buffer.from('Ideeën', 'utf16le'));
    const error = await expectReadError({ bytes, fileName: 'plan.txt' }, 'unsupported-type');
    expect(error.userMessage).toContain('UTF-8');
  });

  it('reports empty for a zero-byte file and for a file with only whitespace', async () => {
    const error = await expectReadError({ bytes: new Uint8Array(0), fileName: 'leeg.pdf' }, 'empty');
    expect(error.userMessage).toBe('Dit bestand is leeg: er staat geen tekst in die ik kan lezen.');
    await expectReadError({ bytes: Buffer.from(' \r\n\t\n'), fileName: 'leeg.md' }, 'empty');
  });
});

// ---------------------------------------------------------------------------------------------
// Unsupported types, limits and paths
// ---------------------------------------------------------------------------------------------

describe('loadDocument: unsupported types, limits and paths', () => {
  it('reports unsupported-type for a Windows program', async () => {
    const error = await expectReadError({ bytes: concat('MZ', garbage(500)), fileName: 'setup.exe' }, 'unsupported-type');
    expect(error.userMessage).toContain('programma');
  });

  it('reports unsupported-type for a PNG image, even when it is named .pdf', async () => {
    for (const fileName of ['foto.png', 'foto.pdf']) {
      const error = await expectReadError({ bytes: ONE_PIXEL_PNG, fileName }, 'unsupported-type');
      expect(error.userMessage).toContain('afbeelding');
    }
  });

  it('reports unsupported-type for an unknown extension, listing what is supported', async () => {
    const error = await expectReadError({ bytes: Buffer.from('a;b;c\n1;2;3\n'), fileName: 'cijfers.csv' }, 'unsupported-type');
    expect(error.userMessage).toBe(
      'Dit bestandstype kan ik niet lezen. Stuur een PDF, een Word-bestand (.docx), een Markdown-bestand (.md) of een tekstbestand (.txt).',
    );
  });

  it('reports too-large for bytes over maxBytes, with sizes in MB', async () => {
    const error = await expectReadError(
      { bytes: new Uint8Array(3 * 1024 * 1024), fileName: 'groot.pdf' },
      'too-large',
      { maxBytes: 2 * 1024 * 1024 },
    );
    expect(error.userMessage).toBe(
      'Dit bestand is te groot (3 MB). Ik kan bestanden tot 2 MB lezen. Splits het document of stuur alleen de hoofdstukken die je nodig hebt.',
    );
  });

  it('reports too-large for a small limit, before looking at the content', async () => {
    await expectReadError({ bytes: garbage(2048), fileName: 'plan.txt' }, 'too-large', { maxBytes: 1024 });
  });

  describe('with files on disk', () => {
    let directory = '';
    beforeAll(async () => {
      directory = await mkdtemp(join(tmpdir(), 'stuurwijzer-load-'));
    });
    afterAll(async () => {
      await rm(directory, { recursive: true, force: true });
    });

    it('reads a PDF from a path', async () => {
      const path = join(directory, 'nota.pdf');
      await writeFile(path, await makePdf([{ heading: 'Bekostiging', lines: ['De gemeente financiert de jeugdhulp met een vast budget.'] }]));
      const document = await loadDocument({ path, fileName: 'nota.pdf' });
      expect(document.text).toBe('Bekostiging\nDe gemeente financiert de jeugdhulp met een vast budget.');
    });

    it('checks the size on disk before reading', async () => {
      const path = join(directory, 'groot.txt');
      await writeFile(path, 'x'.repeat(5000));
      await expectReadError({ path, fileName: 'groot.txt' }, 'too-large', { maxBytes: 4000 });
    });

    it('reports not-found for a missing file and for a directory', async () => {
      const error = await expectReadError({ path: join(directory, 'bestaat-niet.pdf'), fileName: 'bestaat-niet.pdf' }, 'not-found');
      expect(error.message).toContain('ENOENT');
      await expectReadError({ path: directory, fileName: 'map' }, 'not-found');
    });
  });

  it('throws an InputError when neither bytes nor a path is given', async () => {
    const error: unknown = await loadDocument({ fileName: 'niets.pdf' }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).userMessage).toContain('geen bestand');
  });
});
