/**
 * Turns an uploaded or stored document (PDF, DOCX, Markdown, plain text) into text for indexing.
 *
 * - The type is decided by the bytes first (%PDF, a zip with word/document.xml), then by the file
 *   extension, then by the content type. A file whose name promises PDF or DOCX but whose bytes are
 *   something else counts as corrupt.
 * - PDF: unpdf (bundled pdf.js). Pages are joined with a blank line. Password-protected → 'encrypted';
 *   pages without a text layer (scans) → 'no-text-layer'.
 * - DOCX: mammoth's HTML, turned into light markdown (`#` headings, blank-line paragraphs, `- ` list
 *   lines, `|` table rows) so the section splitter can find the headings.
 * - Markdown and text: must be UTF-8 and readable text; BOM removed, line ends made `\n`.
 *
 * Every failure is a DocumentReadError with a Dutch `userMessage`; parser errors never reach the user.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy, getMeta, getResolvedPDFJS } from 'unpdf';
import { InputError } from '../../engine/errors.js';
import { DocumentReadError } from './errors.js';

export type DocumentFormat = 'pdf' | 'docx' | 'markdown' | 'text';

export interface DocumentInput {
  /** Where to read the file; ignored when `bytes` is given. */
  path?: string;
  bytes?: Uint8Array;
  /** The name the user knows the file by; its extension is a fallback for the type. */
  fileName: string;
  /** MIME type as reported by the upload, e.g. `application/pdf`; parameters are ignored. */
  contentType?: string;
}

export interface DocumentLimits {
  maxBytes: number;
  maxPages: number;
}

export interface LoadedDocument {
  text: string;
  format: DocumentFormat;
  /** Number of pages (PDF only). */
  pages?: number;
  /** PDF: the Title metadata; DOCX and Markdown: the first level-1 heading. */
  title?: string;
}

export const DEFAULT_DOCUMENT_LIMITS: Readonly<DocumentLimits> = Object.freeze({
  maxBytes: 25 * 1024 * 1024,
  maxPages: 300,
});

/** A PDF whose pages hold fewer letters than this on average has (almost) no text layer. */
export const MINIMUM_AVERAGE_LETTERS_PER_PAGE = 25;
/** A page with at least this many letters is a real text page, not a scan with a stamp or page number. */
const TEXT_PAGE_MINIMUM_LETTERS = 100;
/** How many low-text pages are inspected for images when deciding whether a PDF is a scan. */
const SCAN_SAMPLE_SIZE = 5;

const SUPPORTED_FORMATS = 'een PDF, een Word-bestand (.docx), een Markdown-bestand (.md) of een tekstbestand (.txt)';
const DOCX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export async function loadDocument(
  input: DocumentInput,
  limits: Partial<DocumentLimits> = {},
): Promise<LoadedDocument> {
  const effectiveLimits: DocumentLimits = {
    maxBytes: limits.maxBytes ?? DEFAULT_DOCUMENT_LIMITS.maxBytes,
    maxPages: limits.maxPages ?? DEFAULT_DOCUMENT_LIMITS.maxPages,
  };
  const bytes = await readInputBytes(input, effectiveLimits.maxBytes);
  if (bytes.byteLength === 0) throw new DocumentReadError('empty', { fileName: input.fileName, detail: 'zero bytes' });

  const format = detectFormat(bytes, input.fileName, input.contentType);
  switch (format) {
    case 'pdf':
      return readPdf(bytes, input.fileName, effectiveLimits.maxPages);
    case 'docx':
      return readDocx(bytes, input.fileName);
    case 'markdown':
    case 'text':
      return readPlainText(bytes, input.fileName, format);
  }
}

async function readInputBytes(input: DocumentInput, maxBytes: number): Promise<Uint8Array> {
  const fileName = input.fileName;
  if (input.bytes !== undefined) {
    if (input.bytes.byteLength > maxBytes) {
      throw new DocumentReadError('too-large', { fileName, sizeBytes: input.bytes.byteLength, maxBytes });
    }
    return input.bytes;
  }
  if (input.path === undefined || input.path === '') {
    throw new InputError(
      'document-input',
      'Er is geen bestand meegestuurd. Voeg het document toe en probeer het opnieuw.',
      'loadDocument needs either `bytes` or `path`',
    );
  }
  try {
    const info = await stat(input.path);
    if (!info.isFile()) throw new DocumentReadError('not-found', { fileName, detail: 'path is not a regular file' });
    if (info.size > maxBytes) throw new DocumentReadError('too-large', { fileName, sizeBytes: info.size, maxBytes });
    return await readFile(input.path);
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw new DocumentReadError('not-found', { fileName, detail: systemErrorCode(error), cause: error });
  }
}

function systemErrorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.name : 'unknown error';
}

// ---------------------------------------------------------------------------------------------
// Type detection
// ---------------------------------------------------------------------------------------------

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

/** Whether `needle` occurs in the first `end` bytes (all bytes by default). */
function contains(bytes: Uint8Array, needle: string | Uint8Array, end = bytes.byteLength): boolean {
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(end, bytes.byteLength));
  return haystack.indexOf(typeof needle === 'string' ? Buffer.from(needle, 'latin1') : needle) >= 0;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Binary formats recognised only to explain, in Dutch, why they are not read. */
const UNSUPPORTED_SIGNATURES: ReadonlyArray<{ signature: readonly number[]; description: string; hint: string }> = [
  {
    signature: [0x89, 0x50, 0x4e, 0x47],
    description: 'PNG image',
    hint: 'Dit is een afbeelding; daar kan ik geen tekst uit lezen. Stuur het document als PDF met tekst (eventueel na tekstherkenning/OCR), als Word-bestand (.docx) of als tekst.',
  },
  {
    signature: [0xff, 0xd8, 0xff],
    description: 'JPEG image',
    hint: 'Dit is een afbeelding; daar kan ik geen tekst uit lezen. Stuur het document als PDF met tekst (eventueel na tekstherkenning/OCR), als Word-bestand (.docx) of als tekst.',
  },
  {
    signature: [0x47, 0x49, 0x46, 0x38],
    description: 'GIF image',
    hint: 'Dit is een afbeelding; daar kan ik geen tekst uit lezen. Stuur het document als PDF met tekst (eventueel na tekstherkenning/OCR), als Word-bestand (.docx) of als tekst.',
  },
  {
    signature: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    description: 'RTF document',
    hint: 'Dit is een RTF-bestand; dat kan ik niet lezen. Open het in Word, sla het op als .docx of PDF en probeer het opnieuw.',
  },
  { signature: [0x4d, 0x5a], description: 'Windows executable', hint: `Dit is een programma, geen document. Stuur ${SUPPORTED_FORMATS}.` },
  { signature: [0x7f, 0x45, 0x4c, 0x46], description: 'ELF executable', hint: `Dit is een programma, geen document. Stuur ${SUPPORTED_FORMATS}.` },
];

function unsupported(fileName: string, detail: string, userMessage?: string): DocumentReadError {
  return new DocumentReadError('unsupported-type', userMessage === undefined ? { fileName, detail } : { fileName, detail, userMessage });
}

function corrupt(fileName: string, detail: string, cause?: unknown): DocumentReadError {
  return new DocumentReadError('corrupt', cause === undefined ? { fileName, detail } : { fileName, detail, cause });
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function detectFormat(bytes: Uint8Array, fileName: string, contentType: string | undefined): DocumentFormat {
  const extension = extname(fileName).toLowerCase();
  const type = mediaType(contentType);
  const claimsPdf = extension === '.pdf' || type === 'application/pdf';
  const claimsDocx = extension === '.docx' || type === DOCX_CONTENT_TYPE;

  // pdf.js accepts the header anywhere in the first kilobyte.
  if (contains(bytes, '%PDF-', 1024)) return 'pdf';

  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    if (contains(bytes, 'word/document.xml')) return 'docx';
    if (claimsDocx) throw corrupt(fileName, 'zip archive without word/document.xml');
    if (contains(bytes, 'xl/workbook')) {
      throw unsupported(fileName, 'xlsx spreadsheet', 'Dit is een Excel-bestand; dat kan ik niet lezen. Zet de tekst in een Word-bestand (.docx) of PDF en probeer het opnieuw.');
    }
    if (contains(bytes, 'ppt/presentation')) {
      throw unsupported(fileName, 'pptx presentation', 'Dit is een PowerPoint-bestand; dat kan ik niet lezen. Exporteer de presentatie als PDF en probeer het opnieuw.');
    }
    if (contains(bytes, 'application/vnd.oasis.opendocument')) {
      throw unsupported(fileName, 'OpenDocument file', 'Dit is een OpenDocument-bestand (bijvoorbeeld .odt); dat kan ik niet lezen. Sla het op als .docx of PDF en probeer het opnieuw.');
    }
    throw unsupported(fileName, 'zip archive', `Dit is een zip-bestand. Pak het uit en stuur de documenten los: ${SUPPORTED_FORMATS}.`);
  }

  if (startsWith(bytes, OLE_SIGNATURE)) {
    // Password-protected Office files are OLE containers with an "EncryptedPackage" stream.
    if (contains(bytes, Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw new DocumentReadError('encrypted', {
        fileName,
        detail: 'Office document encrypted with a password',
        userMessage:
          'Dit Word-bestand is beveiligd met een wachtwoord, daardoor kan ik het niet lezen. ' +
          'Haal de beveiliging weg (in Word: Bestand > Info > Document beveiligen) en probeer het nog eens.',
      });
    }
    throw unsupported(fileName, 'legacy Office (OLE) file', 'Dit is een ouder Office-bestand (bijvoorbeeld .doc); dat kan ik niet lezen. Sla het in Word op als .docx of PDF en probeer het opnieuw.');
  }

  for (const known of UNSUPPORTED_SIGNATURES) {
    if (startsWith(bytes, known.signature)) throw unsupported(fileName, known.description, known.hint);
  }

  if (claimsPdf) throw corrupt(fileName, 'named or typed as PDF but has no %PDF header');
  if (claimsDocx) throw corrupt(fileName, 'named or typed as DOCX but is not a zip archive');
  if (extension === '.md' || extension === '.markdown') return 'markdown';
  if (extension === '.txt' || extension === '.text') return 'text';
  if (extension === '') {
    if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
    if (type === 'text/plain') return 'text';
  }
  if (extension === '.doc') {
    throw unsupported(fileName, 'legacy .doc extension', 'Dit is een ouder Word-bestand (.doc); dat kan ik niet lezen. Sla het in Word op als .docx of PDF en probeer het opnieuw.');
  }
  throw unsupported(fileName, `extension "${extension || 'none'}", content type "${type || 'none'}"`);
}

// ---------------------------------------------------------------------------------------------
// Plain text and markdown
// ---------------------------------------------------------------------------------------------

/** Characters that do not belong in text: C0 controls except tab, line feed, form feed and carriage return; DEL; U+FFFD. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;
const MAXIMUM_CONTROL_CHARACTER_SHARE = 0.01;

function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function readPlainText(bytes: Uint8Array, fileName: string, format: 'markdown' | 'text'): LoadedDocument {
  const notText = `Dit bestand heeft de naam van een tekstbestand, maar bevat geen leesbare tekst. Stuur ${SUPPORTED_FORMATS}.`;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw unsupported(fileName, 'UTF-16 text', 'Dit tekstbestand is opgeslagen als UTF-16. Sla het op als UTF-8 (in Kladblok: Opslaan als > Codering: UTF-8) en probeer het opnieuw.');
  }
  if (bytes.includes(0)) throw unsupported(fileName, 'binary content (NUL bytes)', notText);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    const latin = new TextDecoder('windows-1252').decode(bytes);
    const controlShare = (latin.match(CONTROL_CHARACTERS)?.length ?? 0) / Math.max(1, latin.length);
    if (controlShare <= MAXIMUM_CONTROL_CHARACTER_SHARE) {
      throw new DocumentReadError('unsupported-type', {
        fileName,
        detail: 'not valid UTF-8 (looks like a legacy 8-bit encoding)',
        userMessage: 'Dit tekstbestand is niet als UTF-8 opgeslagen, daardoor kan ik letters als ë en é niet goed lezen. Sla het op als UTF-8 en probeer het opnieuw.',
        cause: error,
      });
    }
    throw unsupported(fileName, 'not valid UTF-8 (binary content)', notText);
  }
  // TextDecoder removes a leading BOM itself; a BOM repeated by concatenation is removed here.
  text = normaliseLineEnds(text.replace(/^\uFEFF/, ''));
  const controlShare = (text.match(CONTROL_CHARACTERS)?.length ?? 0) / Math.max(1, text.length);
  if (controlShare > MAXIMUM_CONTROL_CHARACTER_SHARE) throw unsupported(fileName, 'mostly unprintable characters', notText);
  if (text.trim() === '') throw new DocumentReadError('empty', { fileName, detail: 'only whitespace' });

  const document: LoadedDocument = { text, format };
  if (format === 'markdown') {
    const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text);
    const title = heading?.[1]?.trim();
    if (title) document.title = title;
  }
  return document;
}

// ---------------------------------------------------------------------------------------------
// PDF
// ---------------------------------------------------------------------------------------------

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;

function pdfErrorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

async function openPdf(bytes: Uint8Array, fileName: string): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
    return await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = pdfErrorName(error);
    if (name === 'PasswordException') {
      throw new DocumentReadError('encrypted', { fileName, detail: `pdf.js ${name}`, cause: error });
    }
    throw corrupt(fileName, `pdf.js ${name}: ${error instanceof Error ? error.message : String(error)}`, error);
  }
}

async function readPdf(bytes: Uint8Array, fileName: string, maxPages: number): Promise<LoadedDocument> {
  const pdf = await openPdf(bytes, fileName);
  try {
    const pages = pdf.numPages;
    if (pages === 0) throw new DocumentReadError('empty', { fileName, detail: 'PDF without pages' });
    if (pages > maxPages) throw new DocumentReadError('too-many-pages', { fileName, pages, maxPages });

    const extracted = await extractText(pdf, { mergePages: false });
    const pageTexts = extracted.text.map((page) => normaliseLineEnds(page).trim());
    if (await lacksTextLayer(pdf, pageTexts)) {
      throw new DocumentReadError('no-text-layer', { fileName, pages, detail: 'pages contain (almost) no text' });
    }
    const document: LoadedDocument = {
      text: pageTexts.filter((page) => page !== '').join('\n\n'),
      format: 'pdf',
      pages,
    };
    const title = await readPdfTitle(pdf);
    if (title) document.title = title;
    return document;
  } catch (error) {
    if (error instanceof DocumentReadError) throw error;
    throw corrupt(fileName, `reading PDF pages failed: ${pdfErrorName(error)}`, error);
  } finally {
    await pdf.destroy().catch(() => undefined);
  }
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * True for a PDF that has pages but (almost) no extractable text: on average fewer than
 * MINIMUM_AVERAGE_LETTERS_PER_PAGE letters per page, or, when nearly every page holds only a little
 * text (a page number, a stamp such as "Woo-besluit 5.1.2e"), those pages are full of images.
 */
async function lacksTextLayer(pdf: PdfDocument, pageTexts: readonly string[]): Promise<boolean> {
  const counts = pageTexts.map(letterCount);
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total < MINIMUM_AVERAGE_LETTERS_PER_PAGE * counts.length) return true;

  const textPages = counts.filter((count) => count >= TEXT_PAGE_MINIMUM_LETTERS).length;
  if (textPages >= counts.length * 0.1) return false;

  const lowTextPages = counts.flatMap((count, index) => (count < TEXT_PAGE_MINIMUM_LETTERS ? [index + 1] : []));
  const step = Math.max(1, Math.floor(lowTextPages.length / SCAN_SAMPLE_SIZE));
  const sample = lowTextPages.filter((_, index) => index % step === 0).slice(0, SCAN_SAMPLE_SIZE);
  let pagesWithImages = 0;
  for (const pageNumber of sample) {
    if (await pageHasImage(pdf, pageNumber)) pagesWithImages++;
  }
  return sample.length > 0 && pagesWithImages >= Math.ceil(sample.length * 0.8);
}

async function pageHasImage(pdf: PdfDocument, pageNumber: number): Promise<boolean> {
  const { OPS } = await getResolvedPDFJS();
  const imageOperators = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintInlineImageXObject,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObject,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintSolidColorImageMask,
  ]);
  const page = await pdf.getPage(pageNumber);
  try {
    const operators = await page.getOperatorList();
    return operators.fnArray.some((operator) => imageOperators.has(operator));
  } finally {
    page.cleanup();
  }
}

function cleanPdfTitle(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const title = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^Microsoft (?:Office )?Word - /i, '')
    .replace(/\.(?:docx?|pdf)$/i, '')
    .trim();
  if (title === '' || /^(?:untitled|naamloos|titel|title)$/i.test(title)) return undefined;
  return title;
}

async function readPdfTitle(pdf: PdfDocument): Promise<string | undefined> {
  try {
    const meta = await getMeta(pdf);
    const info: unknown = meta.info;
    const fromInfo = info !== null && typeof info === 'object' && 'Title' in info ? cleanPdfTitle(info.Title) : undefined;
    if (fromInfo) return fromInfo;
    return cleanPdfTitle(meta.metadata?.get('dc:title'));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// DOCX
// ---------------------------------------------------------------------------------------------

/** Added to mammoth's defaults: the Title style and Dutch heading style names as headings. */
const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Titel'] => h1:fresh",
  "p[style-name='Kop 1'] => h1:fresh",
  "p[style-name='Kop 2'] => h2:fresh",
  "p[style-name='Kop 3'] => h3:fresh",
  "p[style-name='Kop 4'] => h4:fresh",
  "p[style-name='Kop 5'] => h5:fresh",
  "p[style-name='Kop 6'] => h6:fresh",
];

async function readDocx(bytes: Uint8Array, fileName: string): Promise<LoadedDocument> {
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const result = await mammoth.convertToHtml({ buffer }, { styleMap: DOCX_STYLE_MAP });
    html = result.value;
  } catch (error) {
    throw corrupt(fileName, `mammoth: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  const converted = htmlToMarkdown(html);
  if (converted.text.trim() === '') throw new DocumentReadError('empty', { fileName, detail: 'DOCX without text' });
  const document: LoadedDocument = { text: converted.text, format: 'docx' };
  if (converted.title) document.title = converted.title;
  return document;
}

// --- mammoth HTML → markdown ---------------------------------------------------------------------

interface HtmlElement {
  tag: string;
  attributes: string;
  children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** Parses the small, well-formed HTML that mammoth writes into a tree. */
function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { tag: '#root', attributes: '', children: [] };
  const stack: HtmlElement[] = [root];
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;
  for (const match of html.matchAll(token)) {
    const current = stack[stack.length - 1] ?? root;
    const [, closing, rawTag, rawAttributes, text] = match;
    if (text !== undefined) {
      current.children.push(decodeEntities(text));
      continue;
    }
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (closing) {
      const index = stack.map((element) => element.tag).lastIndexOf(tag);
      if (index > 0) stack.length = index;
      continue;
    }
    const attributes = rawAttributes ?? '';
    const element: HtmlElement = { tag, attributes, children: [] };
    current.children.push(element);
    if (!VOID_TAGS.has(tag) && !attributes.trimEnd().endsWith('/')) stack.push(element);
  }
  return root.children;
}

function inlineText(nodes: readonly HtmlNode[]): string {
  let result = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      result += node;
    } else if (node.tag === 'br') {
      result += '\n';
    } else if (node.tag === 'img') {
      continue;
    } else if (node.tag === 'a' && /href="#(?:footnote|endnote)-ref-/.test(node.attributes)) {
      continue; // the "↑" link back from a footnote to its reference
    } else if (node.tag === 'ul' || node.tag === 'ol' || node.tag === 'table') {
      result += ` ${renderBlocks([node]).join(' ')} `;
    } else {
      result += inlineText(node.children);
    }
  }
  return result;
}

/** Collapses spaces within lines and trims every line; keeps explicit line breaks. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

function renderList(list: HtmlElement, depth: number): string[] {
  const lines: string[] = [];
  let number = 0;
  for (const item of list.children) {
    if (typeof item === 'string' || item.tag !== 'li') continue;
    number++;
    const marker = list.tag === 'ol' ? `${number}. ` : '- ';
    const ownContent = item.children.filter((child) => typeof child === 'string' || (child.tag !== 'ul' && child.tag !== 'ol'));
    const text = tidy(inlineText(ownContent)).replace(/\n/g, ' ');
    if (text !== '') lines.push(`${'  '.repeat(depth)}${marker}${text}`);
    for (const child of item.children) {
      if (typeof child !== 'string' && (child.tag === 'ul' || child.tag === 'ol')) lines.push(...renderList(child, depth + 1));
    }
  }
  return lines;
}

function renderTable(table: HtmlElement): string {
  const rows: string[][] = [];
  const collectRows = (nodes: readonly HtmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.tag === 'tr') {
        rows.push(
          node.children
            .filter((cell): cell is HtmlElement => typeof cell !== 'string' && (cell.tag === 'td' || cell.tag === 'th'))
            .map((cell) => tidy(inlineText(cell.children).replace(/\n/g, ' ')).replace(/\|/g, '\\|')),
        );
      } else if (node.tag === 'thead' || node.tag === 'tbody' || node.tag === 'tfoot') {
        collectRows(node.children);
      }
    }
  };
  collectRows(table.children);
  const nonEmpty = rows.filter((row) => row.some((cell) => cell !== ''));
  if (nonEmpty.length === 0) return '';
  const width = Math.max(...nonEmpty.map((row) => row.length));
  const line = (row: string[]): string =>
    `| ${Array.from({ length: width }, (_, index) => row[index] ?? '').join(' | ')} |`;
  const [header, ...body] = nonEmpty;
  return [line(header ?? []), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

function renderBlocks(nodes: readonly HtmlNode[]): string[] {
  const blocks: string[] = [];
  let pendingInline: HtmlNode[] = [];
  const flushInline = (): void => {
    const text = tidy(inlineText(pendingInline));
    if (text !== '') blocks.push(text);
    pendingInline = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string') {
      pendingInline.push(node);
      continue;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) {
      flushInline();
      const text = tidy(inlineText(node.children)).replace(/\n/g, ' ');
      if (text !== '') blocks.push(`${'#'.repeat(Number(heading[1]))} ${text}`);
    } else if (node.tag === 'p') {
      flushInline();
      const text = tidy(inlineText(node.children));
      if (text !== '') blocks.push(text);
    } else if (node.tag === 'ul' || node.tag === 'ol') {
      flushInline();
      const lines = renderList(node, 0);
      if (lines.length > 0) blocks.push(lines.join('\n'));
    } else if (node.tag === 'table') {
      flushInline();
      const table = renderTable(node);
      if (table !== '') blocks.push(table);
    } else if (node.tag === 'div' || node.tag === 'blockquote' || node.tag === 'section') {
      flushInline();
      blocks.push(...renderBlocks(node.children));
    } else {
      pendingInline.push(node);
    }
  }
  flushInline();
  return blocks;
}

/** Turns mammoth's HTML into markdown text; the first `#` heading is the title. */
function htmlToMarkdown(html: string): { text: string; title?: string } {
  const blocks = renderBlocks(parseHtml(html));
  const text = blocks.join('\n\n');
  const title = blocks.find((block) => block.startsWith('# '))?.slice(2).trim();
  return title ? { text, title } : { text };
}
