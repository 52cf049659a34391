/**
 * Splits text into pieces of at most `limit` characters, preferring (in this order) a paragraph break, a line
 * break, a sentence end and a space in the second half of each piece; only a text without any of those is cut
 * hard. Joining the pieces with single spaces or line breaks gives the text back (whitespace at the cuts is dropped).
 */
export function splitText(text: string, limit: number): string[] {
  if (limit < 1) throw new RangeError('limit must be at least 1');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = cutPosition(rest, limit);
    const piece = rest.slice(0, cut).trimEnd();
    if (piece.length > 0) pieces.push(piece);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

const boundaries: readonly RegExp[] = [/\n\s*\n/g, /\n/g, /[.!?…](?:["')\]]|\s*\[\d+\])?\s/g, /[;:]\s/g, /\s/g];

/** The index to cut `text` at so that the first piece is at most `limit` characters long. */
function cutPosition(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  const earliest = Math.floor(limit / 2);
  for (const boundary of boundaries) {
    let best = -1;
    for (const match of window.matchAll(boundary)) {
      // Cut after the boundary's visible characters (keep "." and "[3]" with their sentence).
      const end = (match.index ?? 0) + match[0].trimEnd().length;
      if (end <= limit && end >= earliest && end > 0) best = end;
    }
    if (best > 0) return best;
  }
  return limit;
}
