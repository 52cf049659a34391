/** Cuts text that is already at most `maximum` + more characters at a word boundary near the end, adding "…". */
function cutAtWord(text: string, maximum: number): string {
  if (text.length <= maximum) return text;
  if (maximum <= 1) return text.slice(0, Math.max(0, maximum));
  const room = text.slice(0, maximum - 1);
  const lastSpace = Math.max(room.lastIndexOf(' '), room.lastIndexOf('\n'));
  const cut = lastSpace >= room.length * 0.6 ? room.slice(0, lastSpace) : room;
  return `${cut.replace(/[\s,;:.–-]+$/u, '')}…`;
}

/**
 * One line of at most `maximum` characters: whitespace runs (line breaks included) are collapsed, and a longer
 * text is cut at a word boundary when one is near, ending with "…". For titles, names and quotes.
 */
export function shorten(text: string, maximum: number): string {
  return cutAtWord(text.replace(/\s+/g, ' ').trim(), maximum);
}

/** Like {@link shorten}, but keeps the line breaks: for descriptions and field values with layout. */
export function truncate(text: string, maximum: number): string {
  return cutAtWord(text.trim(), maximum);
}
