/** "regel 12" or "regels 12–14" for a 1-based inclusive line range. */
export function lineRange(lines: readonly [number, number]): string {
  return lines[0] === lines[1] ? `regel ${lines[0]}` : `regels ${lines[0]}–${lines[1]}`;
}
