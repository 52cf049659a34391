/** Dutch function words that carry no topic (Snowball's Dutch list, extended with question words). */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set(
  `aan al alle alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge
  geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je jij jou jouw kan kon kunnen
  maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen
  tot u uit uw van veel voor want waren was wat we wel werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder
  zou zouden wij jullie hen ons onze hoe waarom waar wanneer welke welk wat wie zoals elk elke ieder iedere deze dezer
  daarbij daarin daarvan daarom hierbij hierin hiervan hoewel terwijl tussen via per binnen sinds vanaf tijdens volgens
  the of and to in is are what how why een eens ene beetje erg heel zeer even steeds vaak soms echter ofwel zowel noch
  bijvoorbeeld bv etc enz enzovoort kun kunt zullen moeten mogen mag wilt willen willen gaat gaan ga doet doe deed
  bedoelen bedoelt bedoeld betekent betekenen uitleg leg vertel graag eigenlijk precies ongeveer
  houdt houden zegt zeggen zeg noemt noemen staat stond spreekt spreken schrijft schrijven beschrijft beschrijven kunnen kun
  iemand ik mij me jij jou u uw`.split(/\s+/).filter(Boolean),
);
