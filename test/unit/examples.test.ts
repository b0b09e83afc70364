// Every bundled example is complete; removing any required element from any of them produces the
// diagnostic that names it (issue: "Done when").
import { ruleOfPath } from '../../server/src/data/frontmatter';
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseSubmission } from '../../server/src/core/parse';
import { KIND_PROFILES } from '../../server/src/data/requirements';
import { holds } from '../../server/src/rules/conditions';
import { check, codes, examples, removeKey, removeSection } from '../helpers';

// Frontmatter keys whose removal must be reported, with the code, per kind.
const REQUIRED_KEYS: Record<string, Record<string, string>> = {
  'ccf-request': {
    language: 'CCF-REQ-07',
    request: 'CCF-REQ-08',
    applicant: 'CCF-REQ-01',
    signed: 'CCF-REQ-06',
    warrants: 'CCF-REC-02',
  },
  'extradition-defence': {
    language: 'FMT-LANG',
    court: 'SK-01',
    case_reference: 'SK-01',
    requested_person: 'SK-01',
    requesting_state: 'SK-01',
    warrants: 'SK-01',
  },
  'extradition-appeal': {
    language: 'FMT-LANG',
    court: 'SK-01',
    arrest_date: 'APP-REQ-02',
    decision: 'APP-REQ-03',
    served_on: 'APP-REQ-07',
    warrants: 'SK-01',
  },
};

describe('bundled examples', () => {
  const all = examples();

  it('cover the three kinds and the four languages', () => {
    const subs = all.map((e) => parseSubmission(e.text));
    assert.deepEqual(new Set(subs.map((s) => s.kind)), new Set(Object.keys(KIND_PROFILES)));
    assert.deepEqual(new Set(subs.map((s) => s.declaredLanguage)), new Set(['en', 'fr', 'es', 'ar']));
  });

  for (const example of all) {
    describe(example.name, () => {
      const sub = parseSubmission(example.text);

      it('has no diagnostics at all', () => {
        const findings = check(example.text, path.dirname(example.file));
        assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), []);
      });

      for (const req of KIND_PROFILES[sub.kind!].sections) {
        if (!holds(req.when, sub) || req.severity) continue;
        it(`reports ${req.code} when the ${req.section} section is removed`, () => {
          const ids = [req.section, ...(req.alternatives ?? [])];
          let text = example.text;
          for (const s of [...sub.sections].reverse()) if (ids.includes(s.id)) text = removeSection(text, s.span.start, s.span.end);
          assert.ok(codes(check(text), 'error').includes(req.code), `expected ${req.code}`);
        });
        it(`reports ${req.code} when the ${req.section} section is emptied`, () => {
          const target = sub.sections.find((s) => ids(req).includes(s.id))!;
          const text = example.text.slice(0, target.body.start) + '\n\n' + example.text.slice(target.body.end);
          assert.ok(codes(check(text), 'error').includes(req.code), `expected ${req.code}`);
        });
      }

      for (const [key, code] of Object.entries(REQUIRED_KEYS[sub.kind!])) {
        // Only a correction or deletion must name a warrant (CCF-REC-02; REV-02).
        if (key === 'warrants' && !holds('correction-or-deletion', sub)) continue;
        it(`reports ${code} when “${key}” is removed`, () => {
          const text = removeKey(example.text, key);
          assert.notEqual(text, example.text, `${key} not found in the example`);
          assert.ok(codes(check(text)).includes(code), `expected ${code}`);
        });
      }

      it('reports the exhibits code when an exhibit cited in the text is removed from the frontmatter', () => {
        const cited = sub.exhibitCitations[0];
        if (!cited) return;
        const text = example.text.replace(new RegExp(`(\\n\\s*-\\s*id:\\s*)${cited.id}\\b`), '$1ZZ9');
        assert.ok(codes(check(text), 'error').includes(ruleOfPath(sub.kind!, 'exhibits')));
      });
    });
  }
});

function ids(req: { section: string; alternatives?: string[] }): string[] {
  return [req.section, ...(req.alternatives ?? [])];
}
