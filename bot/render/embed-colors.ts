/** Embed colours: Rijksoverheid dark blue for results, orange for notices. */
export const embedColors = {
  result: 0x154273,
  notice: 0xe17000,
} as const;
