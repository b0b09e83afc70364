// The options several commands share, each with the parser that rejects a bad value by naming it.
// commander reports a parser's InvalidArgumentError as "option '--x <v>' argument 'y' is invalid. …".
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';
import { isRuleId } from '../data/rules';
import { DEFAULT_MAX_SIZE, parseSize } from '../service/limits';
import type { Severity } from '../vocabulary';

/** A combination of arguments no single option can check (e.g. `-o a.pdf` with two files); exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Accepts a choice in any case (`--format PDF`), and lists the choices when the value is none of them. */
export function choice<const T extends readonly string[]>(choices: T) {
  return (value: string): T[number] => {
    const lower = value.toLowerCase();
    if (!choices.includes(lower)) throw new InvalidArgumentError(`Allowed choices are ${choices.join(', ')}.`);
    return lower;
  };
}

export const LEVELS = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityOverrides = Record<string, Severity | 'off'>;

/** `--severity CODE=LEVEL`, repeatable, for a code docs/rules.md lists. */
export const severityOption = () =>
  new Option('--severity <CODE=LEVEL>', 'change the severity of a code (error, warning, information, hint) or silence it (off); repeatable')
    .argParser((value: string, previous: SeverityOverrides | undefined): SeverityOverrides => {
      const eq = value.indexOf('=');
      const code = value.slice(0, eq).trim().toUpperCase();
      const level = value.slice(eq + 1).trim().toLowerCase();
      if (eq < 0 || !code) throw new InvalidArgumentError('Write it as CODE=LEVEL, e.g. SK-07=warning.');
      if (!isRuleId(code)) throw new InvalidArgumentError(`${code} is not a code of the checker (they are listed in docs/rules.md).`);
      if (!(LEVELS as readonly string[]).includes(level)) throw new InvalidArgumentError(`The level must be one of ${LEVELS.join(', ')}.`);
      return { ...previous, [code]: level as Severity | 'off' };
    })
    .default({} as SeverityOverrides, 'none');

/** `--today YYYY-MM-DD`: the date time limits are counted to. */
export const todayOption = () =>
  new Option('--today <YYYY-MM-DD>', 'count time limits as on this date').argParser((value: string): string => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('Give a real date as YYYY-MM-DD, e.g. 2025-03-14.');
    return value;
  });

/** `--max-size N`: the size (in characters, e.g. 5m) above which only the frontmatter is checked. */
export const maxSizeOption = () =>
  new Option('--max-size <N>', `check the body of submissions up to N characters (e.g. 5m; default ${DEFAULT_MAX_SIZE.toLocaleString('en')}, as in the editor)`).argParser((value: string): number => {
    try {
      return parseSize(value);
    } catch (err) {
      throw new InvalidArgumentError((err as Error).message);
    }
  });
