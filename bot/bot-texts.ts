/** The Dutch texts of the bot that are not part of a rendered result. */
export const botTexts = {
  restarting: 'Stuurwijzer wordt herstart, probeer het zo opnieuw.',
  genericError: 'Er ging iets mis bij het verwerken van je verzoek. Probeer het zo opnieuw; blijft het misgaan, meld het dan bij de beheerder.',
  guildNotAllowed: 'Stuurwijzer is in deze server niet beschikbaar.',
  roleNotAllowed: 'Je hebt (nog) geen rol waarmee je Stuurwijzer mag gebruiken. Vraag de beheerder om toegang.',
  adminOnly: 'Alleen beheerders kunnen dit doen.',
  unknownCommand: 'Dit commando ken ik niet (meer). Typ /help voor wat ik kan.',
  feedbackThanks: 'Dank je voor je feedback!',
  staleButton: 'Deze knop werkt niet meer. Stel je vraag gerust opnieuw.',
  sourcesUnavailable: 'Deze bronnenlijst is niet meer beschikbaar (Stuurwijzer is sinds het antwoord herstart). De belangrijkste bronnen staan onder het antwoord zelf.',
  emptyMention: 'Stel je vraag na de vermelding, bijvoorbeeld: @Stuurwijzer wat is frontlijnsturing?',
  reindexRunning: 'Er loopt al een herindexering; even geduld.',
  noticePrefix: '⚠️ **Let op:**',
  defaultThreadName: 'Vraag aan Stuurwijzer',
  typeerModalTitle: 'Beschrijf je aanpak',
  typeerModalLabel: 'Beschrijving van de aanpak',
  typeerModalDescription: 'Hoe stuurt je gemeente? Wie doet wat, hoe wordt er verantwoord? (max. 4000 tekens)',
  typeerModalPlaceholder: 'Bijvoorbeeld: we hebben de hulp bij het huishouden aanbesteed en sturen op prestatie-indicatoren…',
} as const;

/** "Stel je vraag in #a of #b." for a command used in a channel that is not allowed. */
export function channelNotAllowed(allowedChannelIds: readonly string[]): string {
  const channels = allowedChannelIds.map((id) => `<#${id}>`);
  const list = channels.length <= 1 ? channels.join('') : `${channels.slice(0, -1).join(', ')} of ${channels[channels.length - 1]}`;
  return `Stuurwijzer beantwoordt in dit kanaal geen vragen. Stel je vraag in ${list}.`;
}

/** The rate-limit message with the wait time in whole seconds. */
export function rateLimited(limitPerMinute: number, retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `Je hebt het maximum van ${limitPerMinute} verzoeken per minuut bereikt. Probeer het over ${seconds} ${seconds === 1 ? 'seconde' : 'seconden'} opnieuw.`;
}

/** The notice line shown above an answer or classification. */
export function noticeLine(notice: string): string {
  return `${botTexts.noticePrefix} ${notice}`;
}
