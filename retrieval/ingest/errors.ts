import { StuurwijzerError } from '../../engine/errors.js';

/** Why a document could not be read. */
export type DocumentReadReason =
  | 'unsupported-type'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'too-large'
  | 'too-many-pages'
  | 'empty'
  | 'not-found';

/** Facts that make a Dutch message more precise; none of them is document content. */
export interface DocumentReadDetails {
  /** The file name as the user gave it; kept for logs, not repeated in the Dutch message. */
  fileName: string;
  /** English explanation for logs (e.g. the parser's error name). */
  detail?: string;
  /** Replaces the standard Dutch message for the reason, for a more specific hint. */
  userMessage?: string;
  sizeBytes?: number;
  maxBytes?: number;
  pages?: number;
  maxPages?: number;
  cause?: unknown;
}

const SUPPORTED_FORMATS = 'een PDF, een Word-bestand (.docx), een Markdown-bestand (.md) of een tekstbestand (.txt)';

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024);
  return value >= 10 || Number.isInteger(value) ? String(Math.round(value)) : value.toFixed(1).replace('.', ',');
}

function standardUserMessage(reason: DocumentReadReason, details: DocumentReadDetails): string {
  switch (reason) {
    case 'unsupported-type':
      return `Dit bestandstype kan ik niet lezen. Stuur ${SUPPORTED_FORMATS}.`;
    case 'corrupt':
      return 'Dit bestand kan ik niet lezen: het lijkt beschadigd. Probeer het opnieuw te exporteren als PDF of DOCX.';
    case 'encrypted':
      return (
        'Dit PDF-bestand is beveiligd met een wachtwoord, daardoor kan ik het niet lezen. ' +
        'Haal de beveiliging weg (of exporteer het opnieuw zonder wachtwoord) en probeer het nog eens.'
      );
    case 'no-text-layer':
      return (
        'Deze PDF bevat (bijna) geen tekst die ik kan lezen: het lijkt een scan of een document met alleen afbeeldingen. ' +
        'Laat er eerst tekstherkenning (OCR) op los, bijvoorbeeld met Adobe Acrobat of de software van de scanner, ' +
        'en probeer het daarna opnieuw.'
      );
    case 'too-large': {
      const size = details.sizeBytes === undefined ? '' : ` (${megabytes(details.sizeBytes)} MB)`;
      const limit = details.maxBytes === undefined ? '' : ` Ik kan bestanden tot ${megabytes(details.maxBytes)} MB lezen.`;
      return `Dit bestand is te groot${size}.${limit} Splits het document of stuur alleen de hoofdstukken die je nodig hebt.`;
    }
    case 'too-many-pages': {
      const pages = details.pages === undefined ? 'te veel' : String(details.pages);
      const limit = details.maxPages === undefined ? '' : ` Ik kan documenten tot ${details.maxPages} pagina's lezen.`;
      return `Dit document heeft ${pages} pagina's.${limit} Splits het document of stuur alleen de hoofdstukken die je nodig hebt.`;
    }
    case 'empty':
      return 'Dit bestand is leeg: er staat geen tekst in die ik kan lezen.';
    case 'not-found':
      return 'Ik kan dit bestand niet vinden of openen. Controleer of het nog bestaat en probeer het opnieuw.';
  }
}

/**
 * A document could not be turned into text. `reason` says why; `userMessage` says it in Dutch,
 * with advice, and never contains a stack trace or parser output.
 */
export class DocumentReadError extends StuurwijzerError {
  readonly reason: DocumentReadReason;
  readonly fileName: string;

  constructor(reason: DocumentReadReason, details: DocumentReadDetails) {
    const englishMessage = `Cannot read document "${details.fileName}": ${reason}${details.detail ? ` (${details.detail})` : ''}`;
    super(
      'document-read',
      details.userMessage ?? standardUserMessage(reason, details),
      englishMessage,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.reason = reason;
    this.fileName = details.fileName;
  }
}

export function isDocumentReadError(error: unknown): error is DocumentReadError {
  return error instanceof DocumentReadError;
}
