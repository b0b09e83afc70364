// The fixture suite: every Markdown file under test/fixtures marks the diagnostics it must
// produce, inline, and nothing else may be produced. The convention is documented in
// test/fixtures/README.md; in short, on the line that must carry the diagnostic:
//
//   body line                      <!-- expect: CODE, CODE (hint) -->
//   frontmatter line               # expect: CODE
//   the line before                <!-- expect-next-line: CODE -->
//   anywhere                       <!-- expect-line 1: CODE -->
//   harness option (anywhere)      <!-- fixture max-body-chars=2000 -->
//
// A diagnostic is on a line when its range starts on that line. (line, code) multisets are compared
// exactly; a severity in parentheses is compared too.
import type { Severity } from '../../server/src/vocabulary';
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { CHECKS, type Finding } from '../../server/src/rules/index';
import { sectionStates } from '../../server/src/rules/sectionStates';
import { RULES } from '../../server/src/data/rules';
import { TODAY } from '../helpers';
import { badMessage, compare, describeDiff, KIND_DIRS, listFixtures, loadFixture, parseExpectations, run } from '../support/expectations';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Fixtures that expect the correct behaviour while the checker still gets it wrong. Each is run:
 * while it fails it is reported as pending with the reason; once it passes the suite fails, so the
 * entry is removed here and the fixture guards the fix.
 */
const KNOWN_BUGS: Record<string, string> = {};

const fixtures = listFixtures(FIXTURES).map((f) => loadFixture(f, FIXTURES));

describe('fixtures (test/fixtures/**/*.md)', () => {
  it('finds fixtures, and every known bug names one', () => {
    assert.ok(fixtures.length > 0, 'no fixture found');
    for (const name of Object.keys(KNOWN_BUGS)) {
      assert.ok(fixtures.some((f) => f.name === name.replace(/#messages$/, '')), `KNOWN_BUGS names ${name}, which does not exist`);
    }
  });

  for (const fx of fixtures) {
    const bug = KNOWN_BUGS[fx.name];
    it(bug ? `${fx.name} (known bug: ${bug})` : fx.name, function () {
      for (const e of fx.expectations) {
        assert.ok(RULES.some((r) => r.id === e.code), `${fx.name}:${e.line}: ${e.code} is not a rule id`);
      }
      const { actual } = run(fx);
      const { missing, unexpected } = compare(fx.expectations, actual);
      const ok = missing.length === 0 && unexpected.length === 0;
      if (bug) {
        if (ok) assert.fail(`${fx.name} now passes: remove it from KNOWN_BUGS in test/unit/fixtures.test.ts`);
        this.skip();
      }
      if (!ok) assert.fail(describeDiff(fx, missing, unexpected, actual));
    });

    // The messages a lawyer reads: whole sentences, in the document's language.
    const messagesKey = `${fx.name}#messages`;
    const messagesBug = KNOWN_BUGS[messagesKey];
    it(messagesBug ? `${messagesKey} (known bug: ${messagesBug})` : messagesKey, function () {
      const { actual, sub } = run(fx);
      const bad = actual.filter((a) => badMessage(a.finding.message, sub.declaredLanguage));
      if (messagesBug) {
        if (bad.length === 0) assert.fail(`${messagesKey} now passes: remove it from KNOWN_BUGS in test/unit/fixtures.test.ts`);
        this.skip();
      }
      if (bad.length) {
        const lines = bad.map((a) => `    ${fx.name}:${a.line}  ${a.finding.code}  ${a.finding.message}`);
        assert.fail([`${fx.name}: messages with an unfilled {slot}, a JavaScript value, or English in a ${sub.declaredLanguage ?? 'en'} document:`, ...lines].join('\n'));
      }
    });
  }
});

describe('fixture coverage', () => {
  const passing = fixtures.filter((f) => !KNOWN_BUGS[f.name]);

  it('every rule is expected in at least one fixture of each kind it applies to', () => {
    const missing: string[] = [];
    for (const r of RULES) {
      for (const kind of r.kinds) {
        const covered = passing.some((f) => f.kind === kind && f.expectations.some((e) => e.code === r.id));
        if (!covered) missing.push(`${r.id} in ${kind} (add a fixture under test/fixtures/${kind}/)`);
      }
    }
    assert.deepEqual(missing, []);
  });

  // An extradition submission to a court of England and Wales in another language than English is
  // complete but for the court's language (REV-07): that warning is all it may carry.
  const complete = (f: (typeof fixtures)[number]) => f.expectations.every((e) => e.code === 'REV-07') && run(f).sub.kind === f.kind;

  it('every kind has fixtures in every language, and a complete document (no diagnostics but REV-07) in each', () => {
    const missing: string[] = [];
    for (const kind of KIND_DIRS) {
      for (const language of LANGUAGES) {
        const inKind = passing.filter((f) => f.kind === kind && run(f).sub.declaredLanguage === language);
        if (!inKind.length) missing.push(`${kind}: no fixture in ${language}`);
        else if (!inKind.some(complete)) {
          missing.push(`${kind}: no complete ${language} document without diagnostics`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('complete documents include CRLF line endings and Arabic text', () => {
    const completes = passing.filter(complete);
    assert.ok(completes.some((f) => f.text.includes('\r\n')), 'no complete document with CRLF line endings');
    assert.ok(completes.some((f) => /[\u0600-\u06ff]/.test(f.text) && run(f).sub.declaredLanguage === 'ar'), 'no complete Arabic document');
  });

  it('fixtures under a kind’s folder are of that kind (when the kind can be read)', () => {
    const wrong: string[] = [];
    for (const f of fixtures) {
      const kind = run(f).sub.kind;
      if (f.kind && kind && kind !== f.kind) wrong.push(`${f.name} is a ${kind}`);
    }
    assert.deepEqual(wrong, []);
  });

  it('each family of checks reports only under the rules it declares (which decide the kinds it runs for)', () => {
    const stray: string[] = [];
    for (const f of passing) {
      const { sub } = run(f);
      if (!sub.kind || sub.oversized || sub.frontmatter?.syntaxErrors.length) continue;
      for (const check of CHECKS) {
        const findings: Finding[] = [];
        check.run({ sub, kind: sub.kind, language: sub.language, sectionStates: sectionStates(sub), today: TODAY, findings });
        for (const x of findings) if (!check.rules.includes(x.code)) stray.push(`${f.name}: ${check.name} reported ${x.code}`);
      }
    }
    assert.deepEqual([...new Set(stray)], []);
  });

  it('every rule is reported by some family of checks, or by the syntax check that runs first', () => {
    const declared = new Set<string>([...CHECKS.flatMap((c) => c.rules), 'FMT-YAML', 'FMT-KIND', 'FMT-SIZE']);
    assert.deepEqual(RULES.map((r) => r.id).filter((id) => !declared.has(id)), []);
  });

  it('every severity written in an expectation is a severity', () => {
    for (const f of fixtures) for (const e of f.expectations) if (e.severity) assert.ok(SEVERITIES.includes(e.severity));
  });
});

describe('fixture expectation parser', () => {
  it('reads the four forms and the harness option', () => {
    const text = [
      '---',
      'submission: ccf-request # expect: FMT-KIND',
      'language: en   #   expect: CCF-REQ-07 (warning), FMT-KEY',
      '---',
      '<!-- expect-next-line: CCF-REC-01 -->',
      '# Title',
      'Text. <!-- expect: CCF-REC-04, CCF-REC-04 (hint) -->',
      '<!-- expect-line 1: FMT-SIZE --> <!-- fixture max-body-chars=10 -->',
    ].join('\r\n');
    const { expectations, options } = parseExpectations(text);
    assert.deepEqual(
      expectations.map((e) => `${e.line} ${e.code}${e.severity ? ` ${e.severity}` : ''}`).sort(),
      ['1 FMT-SIZE', '2 FMT-KIND', '3 CCF-REQ-07 warning', '3 FMT-KEY', '6 CCF-REC-01', '7 CCF-REC-04', '7 CCF-REC-04 hint'].sort(),
    );
    assert.equal(options.maxBodyChars, 10);
  });

  it('rejects malformed directives instead of silently expecting nothing', () => {
    assert.throws(() => parseExpectations('Text <!-- expects: CCF-REC-01 -->'), /malformed/);
    assert.throws(() => parseExpectations('Text <!-- expect: ccf-rec-01 -->'), /cannot read/);
    assert.throws(() => parseExpectations('Text <!-- expect: CCF-REC-01 (fatal) -->'), /cannot read/);
    assert.throws(() => parseExpectations('key: value # expect CCF-REC-01'), /malformed/);
  });
});
