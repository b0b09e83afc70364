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
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { CHECKS, checkSubmission, type Finding } from '../../server/src/rules/index';
import { sectionStates } from '../../server/src/rules/sectionStates';
import { RULES } from '../../server/src/data/rules';

const TODAY = '2026-11-22';
const FIXTURES = path.resolve(__dirname, '../fixtures');
const KIND_DIRS = ['ccf-request', 'extradition-defence', 'extradition-appeal'] as const;
const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Fixtures that expect the correct behaviour while the checker still gets it wrong. Each is run:
 * while it fails it is reported as pending with the reason; once it passes the suite fails, so the
 * entry is removed here and the fixture guards the fix.
 */
const KNOWN_BUGS: Record<string, string> = {};

interface Expectation {
  line: number; // 1-based
  code: string;
  severity?: Severity;
}

interface Fixture {
  /** Path relative to test/fixtures, with forward slashes. */
  name: string;
  file: string;
  text: string;
  expectations: Expectation[];
  options: { maxBodyChars?: number };
  /** The kind its directory stands for, if any. */
  kind: string | undefined;
}

function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFixtures(full));
    else if (entry.name.endsWith('.md') && entry.name !== 'README.md') out.push(full);
  }
  return out.sort();
}

/** Same line breaks as the checker (and VS Code): CRLF, LF or a lone CR. */
function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const ITEM = /^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)(?:\s*\((error|warning|information|hint)\))?$/;

function parseCodes(list: string, where: string): Omit<Expectation, 'line'>[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((item) => {
      const m = ITEM.exec(item);
      if (!m) throw new Error(`${where}: cannot read expectation “${item}”`);
      return { code: m[1], severity: m[2] as Severity | undefined };
    });
}

/** Reads the expectations of a fixture. Anything that looks like a directive but is malformed throws. */
function parseExpectations(text: string, name = 'fixture'): { expectations: Expectation[]; options: Fixture['options'] } {
  const expectations: Expectation[] = [];
  const options: Fixture['options'] = {};
  splitLines(text).forEach((line, i) => {
    const n = i + 1;
    const where = `${name}:${n}`;
    const add = (target: number, list: string) => {
      for (const e of parseCodes(list, where)) expectations.push({ line: target, ...e });
    };
    let rest = line;
    for (const m of line.matchAll(/<!--\s*expect(-next-line|-line\s+(\d+))?\s*:\s*(.*?)\s*-->/g)) {
      if (m[1] === undefined) add(n, m[3]);
      else if (m[1] === '-next-line') add(n + 1, m[3]);
      else add(Number(m[2]), m[3]);
      rest = rest.replace(m[0], '');
    }
    const yaml = /(?:^|\s)#\s*expect:\s*(.*?)\s*$/.exec(rest);
    if (yaml) {
      add(n, yaml[1]);
      rest = rest.slice(0, yaml.index);
    }
    for (const m of line.matchAll(/<!--\s*fixture\s+([a-z-]+)=(\d+)\s*-->/g)) {
      if (m[1] !== 'max-body-chars') throw new Error(`${where}: unknown fixture option ${m[1]}`);
      options.maxBodyChars = Number(m[2]);
      rest = rest.replace(m[0], '');
    }
    if (/<!--\s*(?:expect|fixture)|#\s*expect\b/i.test(rest)) throw new Error(`${where}: malformed expectation: ${line.trim()}`);
  });
  return { expectations, options };
}

function loadFixture(file: string): Fixture {
  const name = path.relative(FIXTURES, file).split(path.sep).join('/');
  // As the CLI and VS Code read a file: UTF-8, BOM dropped, invalid bytes as U+FFFD.
  const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  const { expectations, options } = parseExpectations(text, name);
  const dir = name.split('/')[0];
  return { name, file, text, expectations, options, kind: (KIND_DIRS as readonly string[]).includes(dir) ? dir : undefined };
}

interface Actual {
  line: number;
  finding: Finding;
}

interface Run {
  actual: Actual[];
  sub: ReturnType<typeof parseSubmission>;
}

const runs = new Map<string, Run>();

/** Parses and checks a fixture once, as the CLI does; a diagnostic's line is where its range starts. */
function run(fx: Fixture): Run {
  const done = runs.get(fx.name);
  if (done) return done;
  const sub = parseSubmission(fx.text, { maxBodyChars: fx.options.maxBodyChars });
  const findings = checkSubmission(sub, {
    today: TODAY,
    fileExists: (relative) => fs.existsSync(path.resolve(path.dirname(fx.file), relative)),
  });
  const lineStarts = [0];
  for (const m of fx.text.matchAll(/\r\n|\r|\n/g)) lineStarts.push((m.index ?? 0) + m[0].length);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line + 1;
  };
  const result = { sub, actual: findings.map((finding) => ({ line: lineOf(finding.span.start), finding })) };
  runs.set(fx.name, result);
  return result;
}

/** Pairs expectations with findings; returns what is left over on each side. */
function compare(expected: Expectation[], actual: Actual[]): { missing: Expectation[]; unexpected: Actual[] } {
  const left = [...actual];
  const missing: Expectation[] = [];
  // Expectations that name a severity claim their finding first.
  const ordered = [...expected].sort((a, b) => Number(!!b.severity) - Number(!!a.severity));
  for (const e of ordered) {
    const i = left.findIndex((a) => a.line === e.line && a.finding.code === e.code && (!e.severity || a.finding.severity === e.severity));
    if (i < 0) missing.push(e);
    else left.splice(i, 1);
  }
  return { missing: missing.sort((a, b) => a.line - b.line), unexpected: left };
}

/** A message that shows a template slot, or a value JavaScript printed for want of one. */
const GARBLED = /(?<!\{)\{[a-zA-Z]\w*\}(?!\})|\[object \w+\]|\bundefined\b|\bNaN\b/;
/** English words that do not occur in French, Spanish or Arabic prose (nor in the keys messages quote). */
const ENGLISH =
  /(?<![\p{L}\p{N}])(?:the|must|be|are|is|not|to|of|and|by|in|from|with|was|were|should|need|needs|expected|allowed|missing|found|have|has|items?|deleted|omitted|current|closing|quote|implicit|indentation|tabs|single|map|keys|values|sufficiently)(?![\p{L}\p{N}])/giu;

function badMessage(message: string, language: string | undefined): boolean {
  if (GARBLED.test(message)) return true;
  if (language === 'fr' || language === 'es' || language === 'ar') {
    // Quoted user text («…», “…”) and rule codes may be in any language.
    const own = message.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
    const words = new Set((own.match(ENGLISH) ?? []).map((w) => w.toLowerCase()));
    if (words.size >= 2) return true;
  }
  return false;
}

function describeDiff(fx: Fixture, missing: Expectation[], unexpected: Actual[], actual: Actual[]): string {
  const lines = splitLines(fx.text);
  const src = (n: number) => (lines[n - 1] ?? '').trim().slice(0, 100);
  const show = (a: Actual) => `    ${fx.name}:${a.line}  ${a.finding.severity} ${a.finding.code}  ${a.finding.message}`;
  const out = [`${fx.name}: diagnostics differ from the expectations`];
  if (missing.length) {
    out.push('  expected but not produced:');
    for (const e of missing) out.push(`    ${fx.name}:${e.line}  ${e.code}${e.severity ? ` (${e.severity})` : ''}    | ${src(e.line)}`);
  }
  if (unexpected.length) {
    out.push('  produced but not expected:');
    for (const a of unexpected) out.push(`${show(a)}    | ${src(a.line)}`);
  }
  out.push('  all produced:');
  for (const a of actual) out.push(show(a));
  if (!actual.length) out.push('    (none)');
  return out.join('\n');
}

const fixtures = listFixtures(FIXTURES).map(loadFixture);

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

  it('every kind has fixtures in every language, and a complete document (no diagnostics) in each', () => {
    const missing: string[] = [];
    for (const kind of KIND_DIRS) {
      for (const language of LANGUAGES) {
        const inKind = passing.filter((f) => f.kind === kind && run(f).sub.declaredLanguage === language);
        if (!inKind.length) missing.push(`${kind}: no fixture in ${language}`);
        else if (!inKind.some((f) => f.expectations.length === 0 && run(f).sub.kind === kind)) {
          missing.push(`${kind}: no complete ${language} document without diagnostics`);
        }
      }
    }
    assert.deepEqual(missing, []);
  });

  it('complete documents include CRLF line endings and Arabic text', () => {
    const complete = passing.filter((f) => f.expectations.length === 0 && run(f).sub.kind);
    assert.ok(complete.some((f) => f.text.includes('\r\n')), 'no complete document with CRLF line endings');
    assert.ok(complete.some((f) => /[\u0600-\u06ff]/.test(f.text) && run(f).sub.declaredLanguage === 'ar'), 'no complete Arabic document');
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
