// The program: its name, version and commands (cli/commands.ts), and how a run ends. Help and
// version go to stdout with exit 0; every usage error goes to stderr, names what is wrong, and
// exits 2.
import { Command, CommanderError } from '@commander-js/extra-typings';
import { COMMANDS } from './commands';
import { UsageError } from './options';
import { PRODUCT_NAME, PRODUCT_VERSION } from './product';

export const USAGE_EXIT = 2;

export function createProgram(): Command {
  const program = new Command(PRODUCT_NAME)
    .description('Checks requests to the CCF and extradition submissions written in Markdown, and exports them to PDF and DOCX.')
    .version(`${PRODUCT_NAME} ${PRODUCT_VERSION}`, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [COMMAND]', 'print the help of a command')
    .configureHelp({ sortSubcommands: false })
    .showSuggestionAfterError(true)
    .exitOverride();
  for (const make of COMMANDS) {
    const command = make();
    command
      .copyInheritedSettings(program)
      .helpOption('-h, --help', 'print this help')
      .showHelpAfterError(`(${PRODUCT_NAME} ${command.name()} --help lists its options)`);
    program.addCommand(command);
  }
  program.showHelpAfterError(`(${PRODUCT_NAME} --help lists the commands)`);
  return program;
}

/** Runs the command line on `argv` (without node and the script) and resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const program = createProgram();
  let active: Command = program;
  program.hook('preAction', (_program, command) => {
    active = command as Command;
  });
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      try {
        active.error(`error: ${err.message}`, { exitCode: USAGE_EXIT, code: 'submission.usage' });
      } catch (reported) {
        err = reported;
      }
    }
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : USAGE_EXIT;
    throw err;
  }
}
