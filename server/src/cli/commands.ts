// Every command of the command line, declared once: its arguments, options and help text. commander
// builds `--help` and `COMMAND --help` from these declarations, and rejects an unknown option, a
// bad value or an extra argument by naming it. A new command is one entry here plus its handler
// module (which returns the exit code).
import { Command, InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { CHECK_FORMATS, runCheck } from './check';
import { EXPORT_FORMATS, PAPERS, runExport } from './export';
import { runBundle } from './bundle';
import { choice, maxSizeOption, severityOption, todayOption } from './options';
import { DEFAULT_SIZE_LIMIT_MB, STAMP_POSITIONS } from '../export/bundle/model';
import { localToday } from '../rules/index';

const check = () =>
  new Command('check')
    .summary('check submissions and list what is missing or wrong')
    .description(
      'Checks each FILE as the editor does and prints what is missing or wrong, with the rule and how to fix it, in the document’s language.\n\n' +
        'Exit status: 0 when no error is found, 1 when one is, 2 when a file cannot be read or an argument is wrong.',
    )
    .argument('<FILE...>', 'Markdown submissions')
    .addOption(new Option('--format <format>', 'text (one line per problem), json, or sarif (SARIF 2.1.0 for code scanning)').choices(CHECK_FORMATS).argParser(choice(CHECK_FORMATS)).default('text' as const))
    .addOption(todayOption().default(localToday(), 'today'))
    .addOption(severityOption())
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  submission-checker check examples/*.md
  submission-checker check draft.md --format json
  submission-checker check draft.md --format sarif > results.sarif
  submission-checker check draft.md --severity CCF-REQ-10=error --severity FMT-PLACEHOLDER=off`,
    )
    .action(async (files, options) => exitWith(await runCheck(files, options)));

const exportCommand = () =>
  new Command('export')
    .summary('export submissions to PDF or DOCX')
    .description(
      'Writes the PDF or DOCX of each FILE. Refuses a submission that still has errors unless --force (the export is then marked “DRAFT — incomplete”); ' +
        'never writes over the source, nor over an earlier export unless --overwrite.\n\n' +
        '-o names the file to write when it ends in .pdf or .docx or when one FILE is exported, and a folder (created if needed) when it ends in / ' +
        'or is an existing folder or several FILEs are exported. Without -o, each export goes next to its FILE. Relative paths are taken from the current folder.\n\n' +
        'Exit status: 0 when every FILE is exported, 1 when one is refused because errors remain, 2 on any other failure.',
    )
    .argument('<FILE...>', 'Markdown submissions')
    .addOption(new Option('--format <format>', 'pdf or docx; may be left out when -o names a .pdf or .docx file').choices(EXPORT_FORMATS).argParser(choice(EXPORT_FORMATS)))
    .addOption(new Option('-o, --output <path>', 'the file to write, or the folder to write into'))
    .addOption(new Option('--force', 'export although errors remain, as a draft'))
    .addOption(new Option('--overwrite', 'replace an earlier export'))
    .addOption(new Option('--paper <size>', 'paper size').choices(PAPERS).argParser(choice(PAPERS)).default('a4' as const))
    .addOption(new Option('--reference-docx <file>', 'a .docx whose styles the DOCX export takes (your firm’s template)'))
    .addOption(todayOption().default(localToday(), 'today'))
    .addOption(severityOption())
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  submission-checker export draft.md --format pdf                 # draft.pdf next to draft.md
  submission-checker export draft.md -o final.docx                # the format from the name
  submission-checker export a.md b.md --format pdf -o out/        # out/a.pdf, out/b.pdf
  submission-checker export draft.md -o draft.docx --reference-docx firm.docx --overwrite`,
    )
    .action(async (files, options) => exitWith(await runExport(files, options)));

const bundle = () =>
  new Command('bundle')
    .summary('build the filing bundle: index, submission and exhibits in one paginated PDF')
    .description(
      'Builds the filing bundle of FILE: an index page, the submission, then each exhibit declared with “file:” behind a divider page; ' +
        'every page stamped with its bundle page number, with PDF page labels, bookmarks and links. ' +
        'Refuses while errors remain unless --force (then DRAFT on every page), and while an exhibit cannot be included unless --skip-missing ' +
        '(then a placeholder page, marked in the index). Never writes over the source or an exhibit, nor over an earlier bundle unless --overwrite.\n\n' +
        '--split writes the submission and one PDF per exhibit, named in declared order, into the folder -o names (for the CCF portal), ' +
        'warning when a file is over --size-limit.\n\n' +
        'Exit status: 0 when written, 1 when refused for errors in the submission or its exhibits, 2 on any other failure.',
    )
    .argument('<FILE>', 'the Markdown submission')
    .addOption(new Option('-o, --output <path>', 'the bundle to write (default: FILE’s name with “ - bundle.pdf”), or the folder for --split'))
    .addOption(new Option('--force', 'bundle although errors remain, as a draft'))
    .addOption(new Option('--overwrite', 'replace an earlier bundle'))
    .addOption(new Option('--skip-missing', 'put a placeholder page for an exhibit that cannot be included'))
    .addOption(new Option('--split', 'one PDF per item instead of one bundle'))
    .addOption(new Option('--prefix <text>', 'written before every stamped page number, e.g. “B/”'))
    .addOption(new Option('--position <where>', 'where page numbers are stamped').choices(STAMP_POSITIONS).argParser(choice(STAMP_POSITIONS)).default('bottom-right' as const))
    .addOption(new Option('--citation-pages', 'show the bundle page after each exhibit citation (“Exhibit A3, p. 45”)'))
    .addOption(
      new Option('--size-limit <MB>', 'with --split, warn about a file over this size')
        .argParser((value: string) => {
          const mb = Number(value);
          if (!(mb > 0)) throw new InvalidArgumentError('Give a number of megabytes, e.g. 10.');
          return mb;
        })
        .default(DEFAULT_SIZE_LIMIT_MB),
    )
    .addOption(new Option('--paper <size>', 'paper size of the index and divider pages').choices(PAPERS).argParser(choice(PAPERS)).default('a4' as const))
    .addOption(todayOption().default(localToday(), 'today'))
    .addOption(severityOption())
    .addOption(maxSizeOption())
    .addHelpText(
      'after',
      `
Examples:
  submission-checker bundle request.md -o "Request - bundle.pdf"
  submission-checker bundle request.md --prefix B/ --citation-pages
  submission-checker bundle request.md --split -o portal/ --size-limit 10`,
    )
    .action(async (file, options) => exitWith(await runBundle(file, options)));

export const COMMANDS = [check, exportCommand, bundle];

function exitWith(code: number): void {
  process.exitCode = code;
}
