/** Words left out of indicator phrases when matching: articles, prepositions, copulas and possessives carry no meaning for matching. */
export const PHRASE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'de', 'het', 'een', 't', 'van', 'op', 'in', 'aan', 'met', 'voor', 'door', 'bij', 'te', 'en', 'of', 'naar', 'over', 'om', 'tot',
  'is', 'zijn', 'wordt', 'worden', 'als', 'die', 'dat', 'der', 'den', 'je', 'jouw', 'zich', 'hun', 'haar',
]);
