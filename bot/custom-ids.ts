/** The custom ids of the bot's buttons and modals; each carries what its handler needs (at most 100 characters). */
export type ComponentAction =
  | { kind: 'feedback'; rating: 'up' | 'down'; answerId: string }
  | { kind: 'sources'; answerId: string }
  | { kind: 'typeer-modal'; private: boolean };

const ANSWER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const customIds = {
  feedback: (rating: 'up' | 'down', answerId: string): string => `feedback:${rating}:${answerId}`,
  sources: (answerId: string): string => `bronnen:${answerId}`,
  typeerModal: (isPrivate: boolean): string => `typeer-modal:${isPrivate ? 'prive' : 'openbaar'}`,
  typeerField: 'beschrijving',
} as const;

/** Parses a custom id of this bot; undefined for anything else (an old or foreign component). */
export function parseCustomId(customId: string): ComponentAction | undefined {
  const [kind, first, second] = customId.split(':');
  if (kind === 'feedback' && (first === 'up' || first === 'down') && second !== undefined && ANSWER_ID.test(second)) {
    return { kind: 'feedback', rating: first, answerId: second };
  }
  if (kind === 'bronnen' && first !== undefined && ANSWER_ID.test(first)) return { kind: 'sources', answerId: first };
  if (kind === 'typeer-modal' && (first === 'prive' || first === 'openbaar')) return { kind: 'typeer-modal', private: first === 'prive' };
  return undefined;
}
