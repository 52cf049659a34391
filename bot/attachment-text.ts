import { AttachmentError } from './attachment-error.js';

/** What the bot needs to know of a Discord attachment. */
export interface TextAttachment {
  name: string;
  url: string;
  size: number;
  contentType: string | null;
}

const TEXT_TYPES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);
const TEXT_EXTENSION = /\.(txt|md|markdown)$/i;
const DOWNLOAD_TIMEOUT_MS = 15_000;

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} kB`;
}

/** Text or markdown only (by content type; by extension when Discord gives no specific type). */
export function isTextAttachment(attachment: Pick<TextAttachment, 'name' | 'contentType'>): boolean {
  const type = (attachment.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (TEXT_TYPES.has(type)) return true;
  return (type === '' || type === 'application/octet-stream') && TEXT_EXTENSION.test(attachment.name);
}

async function readLimited(response: Response, byteLimit: number): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (reader === undefined) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > byteLimit) {
      await reader.cancel();
      throw new AttachmentError('attachment-too-large', `De bijlage is te groot; het maximum is ${kilobytes(byteLimit)}.`, `attachment exceeds ${byteLimit} bytes while downloading`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Downloads an attachment's bytes from its Discord URL, checking the size before and while downloading. Every
 * refusal is an AttachmentError with a Dutch message.
 */
export async function downloadAttachment(attachment: TextAttachment, byteLimit: number): Promise<Uint8Array> {
  if (attachment.size > byteLimit) {
    throw new AttachmentError('attachment-too-large', `De bijlage is te groot (${kilobytes(attachment.size)}); het maximum is ${kilobytes(byteLimit)}.`, `attachment of ${attachment.size} bytes`);
  }
  const url = new URL(attachment.url);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new AttachmentError('attachment-url', 'De bijlage kon niet worden opgehaald.', `attachment URL with protocol ${url.protocol}`);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  } catch (error) {
    throw new AttachmentError('attachment-download', 'De bijlage kon niet worden opgehaald. Probeer het zo opnieuw.', `attachment download failed: ${String(error)}`, { cause: error });
  }
  if (!response.ok) {
    throw new AttachmentError('attachment-download', 'De bijlage kon niet worden opgehaald. Probeer het zo opnieuw.', `attachment download returned ${response.status}`);
  }
  return readLimited(response, byteLimit);
}

/**
 * Downloads a .txt/.md attachment and returns its text: the bytes must be valid UTF-8 text. Every refusal is an
 * AttachmentError with a Dutch message.
 */
export async function downloadTextAttachment(attachment: TextAttachment, byteLimit: number): Promise<string> {
  if (!isTextAttachment(attachment)) {
    throw new AttachmentError(
      'attachment-type',
      'Ik kan hier alleen tekstbestanden lezen (.txt of .md). Zet de tekst in een tekstbestand, of plak hem in het invulvenster.',
      `unsupported attachment type ${attachment.contentType ?? 'unknown'} (${attachment.name})`,
    );
  }
  const bytes = await downloadAttachment(attachment, byteLimit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new AttachmentError('attachment-encoding', 'De bijlage is geen leesbare tekst (UTF-8). Sla het bestand op als platte tekst en probeer het opnieuw.', 'attachment is not UTF-8', { cause: error });
  }
  if (text.includes('\u0000')) {
    throw new AttachmentError('attachment-encoding', 'De bijlage is geen leesbare tekst. Sla het bestand op als platte tekst en probeer het opnieuw.', 'attachment contains NUL bytes');
  }
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new AttachmentError('attachment-empty', 'De bijlage is leeg.', 'empty attachment');
  return trimmed;
}
