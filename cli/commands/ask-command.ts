import type { Command } from 'commander';
import { openEngine } from '../open-engine.js';
import { printJson, printText } from '../output.js';
import { answerText } from '../render/answer-text.js';

export function registerAskCommand(program: Command, run: (action: (json: boolean) => Promise<void>, json: boolean) => Promise<void>): void {
  program
    .command('ask')
    .description('Stel een vraag; het antwoord komt uit de documenten, met genummerde bronnen')
    .argument('[vraag...]', 'de vraag')
    .option('--json', 'uitvoer als één JSON-document')
    .action(async (words: string[], options: { json?: boolean }) =>
      run(async (json) => {
        const engine = await openEngine({ quiet: json });
        const answer = await engine.ask(words.join(' '), { context: { interface: 'cli', command: 'ask' } });
        if (json) printJson({ mode: answer.mode, answer: answer.answer, citations: answer.citations, ...(answer.notice ? { notice: answer.notice } : {}) });
        else printText(answerText(answer));
      }, Boolean(options.json)),
    );
}
