/** Escapes text for use in SVG text content and attribute values. */
export function escapeSvg(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Shortens a text to at most `length` characters, with an ellipsis. */
export function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

/** Rounds a coordinate to one decimal for compact SVG. */
export function coordinate(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

export interface SvgTextOptions {
  size: number;
  anchor?: 'start' | 'middle' | 'end';
  weight?: 'normal' | 'bold';
  fill?: string;
}

/** A <text> element. */
export function svgText(x: number, y: number, text: string, options: SvgTextOptions): string {
  const anchor = options.anchor ?? 'start';
  const weight = options.weight ?? 'normal';
  return `<text x="${coordinate(x)}" y="${coordinate(y)}" font-size="${options.size}" font-weight="${weight}" text-anchor="${anchor}" fill="${options.fill ?? '#1f2933'}">${escapeSvg(text)}</text>`;
}
