import { describe, expect, it } from 'vitest';
import { boundedHistory, isFollowUp, offlineRewrite, type ConversationTurn } from '../../engine/answer/conversation.js';

const terms = [
  { framework: 'governancetype', names: ['Netwerksturing', 'keten- en netwerksturing'] },
  { framework: 'governancetype', names: ['Frontlijnsturing'] },
  { framework: 'regierol', names: ['Facilitator'] },
];
const history: ConversationTurn[] = [
  { role: 'user', text: 'Welke rol heeft de gemeente bij netwerksturing?' },
  { role: 'assistant', text: 'Als regisseur [1].' },
];

describe('follow-up questions without a model', () => {
  it('asks the previous question again about the new term of the same framework', () => {
    expect(offlineRewrite('en hoe zit dat bij frontlijnsturing?', history, terms)).toBe('Welke rol heeft de gemeente bij frontlijnsturing?');
  });

  it('searches both questions together when the new term belongs to another framework or there is none', () => {
    expect(offlineRewrite('en bij een facilitator?', history, terms)).toBe('en bij een facilitator? Welke rol heeft de gemeente bij netwerksturing?');
    expect(offlineRewrite('en waarom is dat zo?', history, terms)).toBe('en waarom is dat zo? Welke rol heeft de gemeente bij netwerksturing?');
  });

  it('leaves a stand-alone question alone', () => {
    expect(isFollowUp('Wat is vraagsturing volgens Wester en Schurer?', history)).toBe(false);
    expect(offlineRewrite('Wat is vraagsturing volgens Wester en Schurer?', history, terms)).toBe('Wat is vraagsturing volgens Wester en Schurer?');
    expect(isFollowUp('en hoe zit dat?', [])).toBe(false);
  });

  it('keeps the history bounded', () => {
    const long = Array.from({ length: 20 }, (_, index): ConversationTurn => ({ role: index % 2 ? 'assistant' : 'user', text: 'x'.repeat(3000) }));
    const bounded = boundedHistory(long);
    expect(bounded).toHaveLength(6);
    expect(bounded.every((turn) => turn.text.length <= 1500)).toBe(true);
  });
});
