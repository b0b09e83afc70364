// The diagnostic a document gets when its check ran past a budget and stopped the worker
// (supervisor.ts): the same shape as every other, under FMT-LIMIT, in the document's language.
import type { Diagnostic } from 'vscode-languageserver-types';
import { composeMessage } from '../core/messages';
import { rule } from '../data/rules';
import { DIAGNOSTIC_SOURCE, SEVERITY } from '../features/diagnostics';
import type { Language } from '../vocabulary';

export type Overrun = 'time' | 'memory';

export function budgetDiagnostic(why: Overrun, language: Language, args: { seconds: number; mb: number; cooldown: number }, docsBase: string): Diagnostic {
  const code = 'FMT-LIMIT';
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    severity: SEVERITY[rule(code).severity],
    code,
    codeDescription: { href: `${docsBase}#${code.toLowerCase()}` },
    source: DIAGNOSTIC_SOURCE,
    message: composeMessage(code, why === 'time' ? 'check.overTime' : 'check.overMemory', { seconds: args.seconds.toLocaleString('en'), mb: args.mb, cooldown: args.cooldown }, language),
    data: { id: `${code}:overrun`, overrun: true },
  };
}
