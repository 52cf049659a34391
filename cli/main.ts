import { Command } from 'commander';
import { registerAskCommand } from './commands/ask-command.js';
import { registerAssessCommand } from './commands/assess-command.js';
import { registerClassifyCommand } from './commands/classify-command.js';
import { registerDefineCommand } from './commands/define-command.js';
import { registerDeployCommandsCommand } from './commands/deploy-commands-command.js';
import { registerIndexCommand } from './commands/index-command.js';
import { registerSearchCommand } from './commands/search-command.js';
import { registerStartCommand } from './commands/start-command.js';
import { reportError } from './output.js';

/** Runs one command action; a failure becomes a Dutch message and a non-zero exit code, never a stack trace. */
async function run(action: (json: boolean) => Promise<void>, json: boolean): Promise<void> {
  try {
    await action(json);
  } catch (error) {
    process.exitCode = reportError(error, json);
  }
}

const program = new Command()
  .name('stuurwijzer')
  .description('Stuurwijzer: antwoorden uit de bestudeerde documenten over sturing in het sociaal domein, met bronnen.')
  .showHelpAfterError('(typ stuurwijzer --help voor de mogelijkheden)')
  .configureOutput({ writeErr: (text) => process.stderr.write(text) })
  .exitOverride((error) => {
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

registerStartCommand(program, run);
registerIndexCommand(program, run);
registerSearchCommand(program, run);
registerAskCommand(program, run);
registerDefineCommand(program, run);
registerClassifyCommand(program, run);
registerAssessCommand(program, run);
registerDeployCommandsCommand(program, run);

await program.parseAsync(process.argv);
