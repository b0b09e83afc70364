// Documents that mark inline the diagnostics they must produce (test/fixtures/README.md): reading
// the marks, checking a document as the CLI does, and comparing. Used by the fixture suite and by
// the legal corpus (test/legal).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { checkSubmission, type Finding } from '../../server/src/rules/index';
import type { Severity } from '../../server/src/vocabulary';
import { TODAY } from '../helpers';

export const KIND_DIRS = ['ccf-request', 'extradition-defence', 'extradition-appeal'] as const;

export interface Expectation {
  line: number; // 1-based
  code: string;
  severity?: Severity;
}

export interface Fixture {
  /** Path relative to its corpus' folder, with forward slashes. */
  name: string;
  file: string;
  text: string;
  expectations: Expectation[];
  options: { maxBodyChars?: number };
  /** The kind its directory stands for, if any. */
  kind: string | undefined;
}

export function listFixtures(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFixtures(full));
    else if (entry.name.endsWith('.md') && entry.name !== 'README.md') out.push(full);
  }
  return out.sort();
}

/** Same line breaks as the checker (and VS Code): CRLF, LF or a lone CR. */
export function splitLines(text: string): string[] {
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
export function parseExpectations(text: string, name = 'fixture'): { expectations: Expectation[]; options: Fixture['options'] } {
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

/** Reads a document of a corpus under `root`, whose first folder names the kind. */
export function loadFixture(file: string, root: string): Fixture {
  const name = path.relative(root, file).split(path.sep).join('/');
  // As the CLI and VS Code read a file: UTF-8, BOM dropped, invalid bytes as U+FFFD.
  const text = new TextDecoder('utf-8').decode(fs.readFileSync(file));
  const { expectations, options } = parseExpectations(text, name);
  const dir = name.split('/')[0];
  return { name, file, text, expectations, options, kind: (KIND_DIRS as readonly string[]).includes(dir) ? dir : undefined };
}

export interface Actual {
  line: number;
  finding: Finding;
}

export interface Run {
  actual: Actual[];
  sub: ReturnType<typeof parseSubmission>;
}

const runs = new Map<string, Run>();

/** Parses and checks a fixture once, as the CLI does; a diagnostic's line is where its range starts. */
export function run(fx: Fixture): Run {
  const done = runs.get(fx.file);
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
  runs.set(fx.file, result);
  return result;
}

/** Pairs expectations with findings; returns what is left over on each side. */
export function compare(expected: Expectation[], actual: Actual[]): { missing: Expectation[]; unexpected: Actual[] } {
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

export function badMessage(message: string, language: string | undefined): boolean {
  if (GARBLED.test(message)) return true;
  if (language === 'fr' || language === 'es' || language === 'ar') {
    // Quoted user text («…», “…”) and rule codes may be in any language.
    const own = message.replace(/«[^»]*»|“[^”]*”|"[^"]*"/g, ' ');
    const words = new Set((own.match(ENGLISH) ?? []).map((w) => w.toLowerCase()));
    if (words.size >= 2) return true;
  }
  return false;
}

export function describeDiff(fx: Fixture, missing: Expectation[], unexpected: Actual[], actual: Actual[]): string {
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

