import { mkdir, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { renderAssessmentChart } from '../engine/assessment/assessment-chart.js';
import { assessmentMarkdown } from '../engine/assessment/assessment-markdown.js';
import type { AssessmentResult } from '../engine/assessment/assessment-types.js';
import { createInterface } from 'node:readline/promises';
import type { ConversationTurn } from '../engine/answer/conversation.js';
import type { StuurwijzerEngine } from '../engine/stuurwijzer-engine.js';
import { isStuurwijzerError } from '../engine/errors.js';
import { answerText } from './render/answer-text.js';
import { assessmentText } from './render/assessment-text.js';
import { classificationText } from './render/classification-text.js';
import { defineText } from './render/define-text.js';

export const CHAT_HELP = [
  'Stuurwijzer — vragen over sturing in het sociaal domein, beantwoord uit de bestudeerde documenten.',
  '  <vraag> of /vraag <vraag>     een vraag; het antwoord citeert de passages',
  '  /definitie <begrip>           de definitie van een begrip (bijv. /definitie regisseur)',
  '  /typeer <beschrijving>        typeer een aanpak (sturingsperspectief, -model, governancetype, regierol, uitkomststuring)',
  '  /toets <pad naar plan>        toets een conceptplan (PDF, DOCX, Markdown of tekst)',
  '  /bronnen                      de documenten die Stuurwijzer kent',
  '  /help                         deze uitleg;  /stop   afsluiten',
].join('\n');

/** Writes the Markdown report and the PNG chart of an assessment into a folder; returns the paths. */
async function writeAssessmentFiles(result: AssessmentResult, meta: { title: string; fileName: string }, folder: string): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const stem = basename(meta.fileName, extname(meta.fileName)).replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'plan';
  const report = join(folder, `${stem}-zelftoets.md`);
  const chart = join(folder, `${stem}-zelftoets.png`);
  await writeFile(chart, renderAssessmentChart(result, meta));
  await writeFile(report, assessmentMarkdown(result, { ...meta, chartFile: basename(chart) }));
  return [report, chart];
}

export type ChatHandler = (line: string) => Promise<string | undefined>;

/** The reply to one line typed in the chat; undefined means "stop". */
export function createChatHandler(engine: StuurwijzerEngine, extra: Record<string, (argument: string) => Promise<string>> = {}): ChatHandler {
  const history: ConversationTurn[] = [];
  const ask = async (question: string): Promise<string> => {
    const answer = await engine.ask(question, { history, context: { interface: 'chat', command: 'vraag' } });
    history.push({ role: 'user', text: question }, { role: 'assistant', text: answer.answer });
    history.splice(0, Math.max(0, history.length - 12));
    return answerText(answer);
  };
  return async (input: string) => {
    const line = input.trim();
    if (line === '') return '';
    const [, command = '', argument = ''] = /^\/(\S+)\s*([\s\S]*)$/.exec(line) ?? [];
    try {
      if (!line.startsWith('/')) return await ask(line);
      switch (command.toLowerCase()) {
        case 'stop':
        case 'exit':
        case 'quit':
          return undefined;
        case 'help':
          return CHAT_HELP;
        case 'vraag':
          return await ask(argument);
        case 'typeer':
          return classificationText(await engine.classify(argument, { context: { interface: 'chat', command: 'typeer' } }));
        case 'toets': {
          const path = argument.trim().replace(/^["']|["']$/g, '');
          if (path === '') return 'Geef het pad naar het plan: /toets <pad naar plan> (PDF, Word, Markdown of tekst).';
          const { document, result } = await engine.assess({ path, fileName: basename(path) }, { context: { interface: 'chat', command: 'toets' } });
          const title = document.title ?? basename(path, extname(path));
          const written = await writeAssessmentFiles(result, { title, fileName: basename(path) }, join(process.cwd(), 'stuurwijzer-toets'));
          return assessmentText(result, { title, written });
        }
        case 'definitie':
          return defineText(engine.define(argument));
        case 'bronnen':
          return engine.knowledge.documents.map((document) => `- ${document.entry.shortCitation}: ${document.entry.title}`).join('\n');
        default: {
          const handler = extra[command.toLowerCase()];
          if (handler) return await handler(argument);
          return `Onbekend commando /${command}. Typ /help voor wat ik kan.`;
        }
      }
    } catch (error) {
      if (isStuurwijzerError(error)) return `Fout: ${error.userMessage}`;
      return 'Er ging iets onverwachts mis. Probeer het opnieuw.';
    }
  };
}

/** The interactive terminal chat (the main job when no Discord token is configured); works with piped input too. */
export async function runTerminalChat(handler: ChatHandler): Promise<void> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  process.stdout.write(`${CHAT_HELP}\n\n`);
  terminal.setPrompt('vraag> ');
  terminal.prompt();
  try {
    for await (const line of terminal) {
      const reply = await handler(line);
      if (reply === undefined) break;
      if (reply) process.stdout.write(`\n${reply}\n\n`);
      terminal.prompt();
    }
  } finally {
    terminal.close();
  }
}
