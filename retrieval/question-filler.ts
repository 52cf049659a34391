import { foldForMatching } from './normalize.js';

/**
 * Words that shape a question rather than name its subject ("wat is het verschil tussen X en Y", "noem een
 * voorbeeld van X"). They stay in the search query but do not count when judging whether passages cover it.
 */
const QUESTION_FILLER = new Set(
  `verschil verschillen onderscheid overeenkomst overeenkomsten kenmerk kenmerken voorbeeld voorbeelden belangrijkste
  soort soorten manier manieren vorm vormen betekenis definitie uitleg samenvatting kort korte gemeenten gemeente
  rol rollen kenmerkt kenmerkend kenmerkende typeert typerend onderscheidt onderscheiden verhouden verhoudt lukt lukken lukte
  gaat gaan ging vaak meestal altijd nooit werkt werken nou iets beetje vs versus zag zie zien daarmee naartoe verstaat
  verstaan definieert definieren`.split(/\s+/).filter(Boolean),
);

export function withoutQuestionFiller(text: string): string {
  return foldForMatching(text)
    .split(/(\s+)/)
    .filter((word) => !QUESTION_FILLER.has(word.replace(/[^\p{L}]/gu, '')))
    .join('');
}
