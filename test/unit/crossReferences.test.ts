// Exhibits and warrants as symbols: declarations, citations in every language form, keys that
// name them, and renames that change all of them or are refused with a reason.
import { strict as assert } from 'node:assert';
import { crossReferences, exhibitFiles, referenceAt, renameReference } from '../../server/src/core/crossReferences';
import { parseSubmission } from '../../server/src/core/parse';
import { CROSS_REFERENCES } from '../drafting';
import { check, codes } from '../helpers';


function apply(text: string, edits: { span: { start: number; end: number }; text: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.text + out.slice(e.span.end);
  return out;
}

const at = (text: string, needle: string, nth = 0) => {
  let i = -1;
  for (let n = 0; n <= nth; n++) i = text.indexOf(needle, i + 1);
  assert.ok(i >= 0, `${needle} not found`);
  return i;
};

describe('cross references (exhibits and warrants as symbols)', () => {
  const sub = parseSubmission(CROSS_REFERENCES);
  const refs = crossReferences(sub);
  const textOf = (span: { start: number; end: number }) => CROSS_REFERENCES.slice(span.start, span.end);

  it('finds each exhibit’s declaration, its citations in four languages and the keys that name it', () => {
    const a3 = refs.find((r) => r.kind === 'exhibit' && r.id === 'A3')!;
    assert.deepEqual(a3.occurrences.map((o) => o.role), ['declaration', 'citation', 'citation', 'citation', 'citation', 'citation']);
    assert.ok(a3.occurrences.every((o) => textOf(o.span) === 'A3'));
    const a2 = refs.find((r) => r.id === 'A2')!;
    // Quoted values: the span is the id, not its quotes.
    assert.deepEqual(a2.occurrences.map((o) => [o.role, textOf(o.span)]), [
      ['key', 'A2'],
      ['declaration', 'A2'],
    ]);
    const a1 = refs.find((r) => r.id === 'A1')!;
    assert.deepEqual(a1.occurrences.map((o) => o.role), ['key', 'declaration', 'citation', 'citation']);
  });

  it('finds a warrant’s mentions as whole words only', () => {
    const w1 = refs.find((r) => r.kind === 'warrant')!;
    assert.deepEqual(w1.occurrences.map((o) => [o.role, textOf(o.span)]), [
      ['declaration', 'W1'],
      ['citation', 'W1'],
    ]);
  });

  it('answers what is at an offset, and nothing between symbols', () => {
    assert.equal(referenceAt(sub, at(CROSS_REFERENCES, 'Pièce A3') + 7)?.ref.id, 'A3');
    assert.equal(referenceAt(sub, at(CROSS_REFERENCES, 'identity_document: A1') + 20)?.ref.id, 'A1');
    assert.equal(referenceAt(sub, at(CROSS_REFERENCES, 'rests on')), undefined);
  });

  it('renames an exhibit everywhere it is written, keeping quotes, and the checks still agree', () => {
    const outcome = renameReference(sub, at(CROSS_REFERENCES, 'Anexo A3') + 7, 'A9');
    assert.ok(outcome.ok);
    const after = apply(CROSS_REFERENCES, outcome.edits);
    // Every A3 written, in a list too; not the one in a comment.
    assert.equal(after, CROSS_REFERENCES.replace(/A3/g, 'A9').replace('<!-- Exhibit A9', '<!-- Exhibit A3'));
    assert.match(after, /- id: A9\n/);
    assert.match(after, /Pièce A9, Anexo A9 and المرفق A9/);
    const renamedKey = renameReference(parseSubmission(after), at(after, "'A2'") + 1, 'B2');
    assert.ok(renamedKey.ok);
    const again = apply(after, renamedKey.edits);
    assert.match(again, /power_of_attorney: "B2"/);
    assert.match(again, /- id: 'B2'/);
    assert.deepEqual(codes(check(again)).filter((c) => c === 'CCF-REC-04'), codes(check(CROSS_REFERENCES)).filter((c) => c === 'CCF-REC-04'));
  });

  it('renames a warrant in the frontmatter and the text', () => {
    const outcome = renameReference(sub, at(CROSS_REFERENCES, 'Warrant W1') + 9, 'EAW-2');
    assert.ok(outcome.ok);
    const after = apply(CROSS_REFERENCES, outcome.edits);
    assert.match(after, /- id: EAW-2\n/);
    assert.match(after, /Warrant EAW-2 \(not W12\)/);
  });

  it('refuses a name another exhibit or warrant holds, one the text could not cite, and a place with no symbol', () => {
    const offset = at(CROSS_REFERENCES, 'Exhibit A3') + 9;
    assert.deepEqual(renameReference(sub, offset, 'a1'), { ok: false, reason: 'taken', kind: 'exhibit', name: 'a1', takenBy: 'exhibit' });
    assert.deepEqual(renameReference(sub, offset, 'W1'), { ok: false, reason: 'taken', kind: 'exhibit', name: 'W1', takenBy: 'warrant' });
    assert.deepEqual(renameReference(sub, offset, 'Annex nine'), { ok: false, reason: 'invalid', kind: 'exhibit', name: 'Annex nine' });
    assert.deepEqual(renameReference(sub, at(CROSS_REFERENCES, 'rests'), 'A9'), { ok: false, reason: 'nothing' });
    // Its own id, spelt otherwise, is not taken.
    assert.ok(renameReference(sub, offset, 'a3').ok);
  });

  it('keeps CRLF line endings and exact offsets', () => {
    const crlf = CROSS_REFERENCES.replace(/\n/g, '\r\n');
    const s = parseSubmission(crlf);
    const outcome = renameReference(s, at(crlf, 'المرفق A3') + 8, 'A9');
    assert.ok(outcome.ok);
    const lf = renameReference(sub, at(CROSS_REFERENCES, 'المرفق A3') + 8, 'A9');
    assert.ok(lf.ok);
    assert.equal(apply(crlf, outcome.edits), apply(CROSS_REFERENCES, lf.edits).replace(/\n/g, '\r\n'));
  });

  it('quotes a new id that YAML would read as something else', () => {
    const text = CROSS_REFERENCES.replace('- id: W1', '- id: W1').replace('Warrant W1', 'Warrant W1');
    const outcome = renameReference(parseSubmission(text), at(text, 'Warrant W1') + 9, 'no');
    assert.ok(outcome.ok);
    assert.match(apply(text, outcome.edits), /- id: "no"\n/);
  });

  it('lists the files exhibits name, where they are written', () => {
    assert.deepEqual(exhibitFiles(sub).map((f) => [f.id, textOf(f.span)]), [['A1', 'exhibits/passport.pdf']]);
  });
});

describe('cross references in the annex list', () => {
  it('counts an exhibit’s bare id at the start of a row or item of the annexes section, and renames it there too', () => {
    const text = `${CROSS_REFERENCES}
## Annexes

| Exhibit | Document | Date |
|---|---|---|
| A3 | Judgment | 3 March 2022 |
- A1: Passport, issued on 3 May 2020
`;
    const sub = parseSubmission(text);
    const refs = crossReferences(sub);
    const a3 = refs.find((r) => r.id === 'A3')!;
    assert.ok(a3.occurrences.some((o) => text.slice(o.span.start - 2, o.span.end + 2) === '| A3 |'));
    const outcome = renameReference(sub, text.indexOf('| A3 |') + 3, 'A9');
    assert.ok(outcome.ok);
    assert.doesNotMatch(apply(text, outcome.edits).replace('<!-- Exhibit A3', ''), /\bA3\b/);
  });
});
