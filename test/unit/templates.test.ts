// New documents: every kind in every language opens with only "fill me in" diagnostics.
import { KINDS, LANGUAGES } from '../../server/src/vocabulary';
import { strict as assert } from 'node:assert';
import { parseSubmission } from '../../server/src/core/parse';
import { submissionTemplate } from '../../server/src/core/templates';
import { PROMPTS } from '../../server/src/data/skeletons';
import { checkSubmission } from '../../server/src/rules/index';
import { TODAY } from '../helpers';

describe('templates', () => {
  for (const kind of KINDS) {
    for (const language of LANGUAGES) {
      it(`${kind} in ${language} has only fill-me-in diagnostics`, () => {
        const text = submissionTemplate({ kind, language, today: TODAY });
        const sub = parseSubmission(text);
        assert.equal(sub.kind, kind);
        assert.equal(sub.frontmatter!.syntaxErrors.length, 0);
        const findings = checkSubmission(sub, { today: TODAY });
        for (const f of findings) {
          const fillIn =
            f.code === 'FMT-PLACEHOLDER' ||
            f.message.includes('template text') ||
            /\{\{|texte du modèle|texto de la plantilla|نص القالب/.test(f.message) ||
            sub.sections.some((s) => s.empty && s.heading.span.start === f.span.start) ||
            (f.severity === 'hint' || f.severity === 'warning');
          assert.ok(fillIn, `${f.code}: ${f.message}`);
        }
        // Every required section is there, named in the chosen language.
        assert.ok(!findings.some((f) => f.fixes.some((x) => x.kind === 'insert-section')));
      });
    }
  }

  it('a CCF template for access and revision asks for the new fact and not for grounds', () => {
    const text = submissionTemplate({ kind: 'ccf-request', language: 'en', request: ['access', 'revision'] });
    assert.match(text, /## New fact/);
    assert.doesNotMatch(text, /## Rules violated/);
    assert.match(text, /new_fact_discovered:/);
  });

  // A French lawyer fills in French prompts: no English prose may be left in a template that is not
  // English (keys and enumerated values stay English, being the format's vocabulary).
  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    for (const kind of KINDS) {
      it(`${kind} in ${language} prompts in ${language} only`, () => {
        const text = submissionTemplate({ kind, language, request: ['deletion', 'revision'] });
        const english = new Set(Object.values(PROMPTS).map((p) => p.en).filter((en) => !Object.values(PROMPTS).some((p) => p[language] === en)));
        const prompts = [...text.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]);
        assert.ok(prompts.length > 5);
        for (const p of prompts) assert.ok(!english.has(p), `English prompt “${p}” in a ${language} template`);
      });
    }
  }
});
