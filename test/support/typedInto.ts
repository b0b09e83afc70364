// A document edited as the server keeps it: the server's parser (recycleTrees, moving what it
// keeps from one version to the next) is told what each edit changed, and every version's findings
// are compared with a fresh parse and check of the same text. For the tests of checks that keep
// what they work out from one keystroke to the next.
import { strict as assert } from 'node:assert';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { checkSubmission, type Finding } from '../../server/src/rules/index';

/** Each finding as "CODE covered-text @offset: message", the form the comparison fails with. */
export function shown(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code} ${text.slice(f.span.start, f.span.end)} @${f.span.start}: ${f.message}`);
}

/**
 * Starts with `text`; each call replaces the first `from` with `to` (none: the text as it is),
 * asserts that the findings equal a fresh check's, and returns them (shown).
 */
export function typedInto(text: string, today: string): (what: string, from?: string, to?: string) => string[] {
  const parser = new SubmissionParser({ recycleTrees: true });
  return (what, from, to) => {
    let change: { prefix: number; suffix: number } | undefined;
    if (from !== undefined && to !== undefined) {
      const at = text.indexOf(from);
      assert.ok(at >= 0, `${what}: "${from}" is not in the text`);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      change = { prefix: at, suffix: text.length - at - to.length };
    }
    const kept = shown(text, checkSubmission(parser.parse(text, {}, change), { today }));
    assert.deepEqual(kept, shown(text, checkSubmission(parseSubmission(text), { today })), what);
    return kept;
  };
}
