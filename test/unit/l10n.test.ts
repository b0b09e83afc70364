// The interface in four languages: every string the client shows through vscode.l10n.t has its
// French, Spanish and Arabic translation, and every %key% of the manifest its text in each
// package.nls file (VS Code would show the bare key otherwise).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from '../helpers';

const clientStrings = (): string[] => {
  const dir = path.join(ROOT, 'client', 'src');
  const found = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1].replace(/\\'/g, "'"));
  }
  return [...found];
};

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('interface in four languages', () => {
  const strings = clientStrings();
  it('finds the client’s strings', () => assert.ok(strings.length > 20, strings.join(' | ')));

  for (const lang of ['fr', 'es', 'ar']) {
    it(`translates every client string into ${lang}, with the same placeholders`, () => {
      const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', `bundle.l10n.${lang}.json`), 'utf8')) as Record<string, string>;
      const missing = strings.filter((s) => !bundle[s]);
      assert.deepEqual(missing, []);
      for (const s of strings) assert.deepEqual(placeholders(bundle[s]), placeholders(s), s);
      const unused = Object.keys(bundle).filter((k) => !strings.includes(k));
      assert.deepEqual(unused, [], 'translations of strings the client no longer shows');
    });
  }

  it('gives every %key% of the manifest a text in each package.nls file', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]))];
    assert.ok(keys.length >= 10);
    for (const suffix of ['', '.fr', '.es', '.ar']) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, `package.nls${suffix}.json`), 'utf8')) as Record<string, string>;
      assert.deepEqual(keys.filter((k) => !nls[k]), [], `package.nls${suffix}.json`);
    }
  });
});
