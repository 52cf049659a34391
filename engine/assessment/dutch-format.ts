/** A score with a Dutch decimal comma: 0,42. */
export function dutchScore(value: number): string {
  return value.toFixed(2).replace('.', ',');
}

/** "a", "a en b", "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
