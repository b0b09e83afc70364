// docs/rules.md and the snippets are generated from data; a stale copy fails here.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fontCoverageJson, rulesMarkdown, snippetsJson } from '../../scripts/generators';
import { RULES } from '../../server/src/data/rules';
import { SOURCE_BY_ID } from '../../server/src/data/sources';
import { ROOT } from '../helpers';

describe('generated files', () => {
  it('docs/rules.md matches the rule data (run npm run generate)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8'), rulesMarkdown());
  });
  it('snippets/submission.code-snippets matches the templates (run npm run generate)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'snippets/submission.code-snippets'), 'utf8'), snippetsJson());
  });
  it('server/src/data/fontCoverage.json matches the Amiri fonts (run npm run generate)', () => {
    assert.equal(fs.readFileSync(path.join(ROOT, 'server/src/data/fontCoverage.json'), 'utf8'), fontCoverageJson());
  });
  it('every rule cites known sources and explains itself in four languages', () => {
    for (const r of RULES) {
      assert.ok(r.sources.length > 0, r.id);
      for (const s of r.sources) assert.ok(SOURCE_BY_ID.has(s), `${r.id}: unknown source ${s}`);
      for (const lang of ['en', 'fr', 'es', 'ar'] as const) assert.ok(r.why[lang].length > 20, `${r.id} ${lang}`);
    }
  });
  it('every snippet prefix the README and the e2e suite name exists', () => {
    const prefixes = Object.values(JSON.parse(snippetsJson()) as Record<string, { prefix: string }>).map((s) => s.prefix);
    for (const p of ['ccf-request-en', 'ccf-request-fr', 'ccf-request-es', 'ccf-request-ar', 'extradition-defence-en', 'extradition-appeal-ar', 'section', 'warrant', 'exhibit']) {
      assert.ok(prefixes.includes(p), p);
    }
  });
});
