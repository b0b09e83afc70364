// What provision is being cited at the cursor, and the citations completion writes.
import { strict as assert } from 'node:assert';
import { findCitations } from '../../server/src/core/citations';
import { provisionQuery } from '../../server/src/core/provisionQuery';
import { INSTRUMENTS, UNIT_WORD } from '../../server/src/data/instruments';
import { LANGUAGES } from '../../server/src/vocabulary';

const query = (before: string, after = '', kind: Parameters<typeof provisionQuery>[3] = 'ccf-request') => provisionQuery(before, after, before.length, kind);

describe('provisions at the cursor', () => {
  it('reads the number typed after a word in four languages', () => {
    for (const before of ['breaches Article 8', 'breaches Art. 8', 'viole l’article 8', 'infringe el artículo 8', 'تنتهك المادة 8']) {
      const q = query(before);
      assert.equal(q?.typed, '8', before);
      assert.equal(q?.writes, 'number-and-instrument');
      assert.deepEqual(q?.replace, { start: before.length - 1, end: before.length });
      assert.deepEqual(q?.instruments.slice(0, 3), ['constitution', 'rpd', 'ccf-statute'], 'INTERPOL’s rules first in a CCF request');
    }
    assert.deepEqual(query('Article ', '', 'extradition-defence')?.instruments.slice(0, 3), ['echr', 'ece', 'un-model-treaty']);
  });

  it('offers sections and rules only where the kind cites them, and reads "s." only as a word', () => {
    assert.deepEqual(query('barred by s.1', '', 'extradition-defence')?.instruments, ['ea-2003']);
    assert.equal(query('in this section ', '', 'ccf-request'), undefined);
    assert.equal(query('the applicant’s.'), undefined);
    assert.equal(query("the applicant's."), undefined);
    assert.deepEqual(query('under rule 50.', '', 'extradition-appeal')?.typed, '50.');
  });

  it('takes the instrument from after the cursor, and the rest of a number the cursor is in', () => {
    assert.deepEqual(query('article 8', '3 du RTD'), { instruments: ['rpd'], typed: '8', replace: { start: 8, end: 10 }, writes: 'number' });
  });

  it('after an instrument’s name, replaces the name with a whole citation; not after a complete citation', () => {
    assert.deepEqual(query('This breaches the RPD '), { instruments: ['rpd'], typed: '', replace: { start: 14, end: 22 }, writes: 'citation' });
    assert.equal(query('EA 2003 s.2', '', 'extradition-appeal')?.writes, 'citation');
    assert.equal(query('breaches Article 3 of the RPD '), undefined);
  });

  it('writes, for every instrument and language, a citation the recogniser reads back', () => {
    // GA resolutions are cited by their reference alone ("GA-2017-86-RES-09"): there is no number to complete.
    for (const inst of INSTRUMENTS.filter((i) => i.unit !== 'resolution')) {
      for (const lang of LANGUAGES) {
        const text = `${UNIT_WORD[inst.unit][lang]} 12 ${inst.cite[lang]}`;
        assert.deepEqual(findCitations(text).map((c) => `${c.instrument} ${c.article}`), [`${inst.id} 12`], text);
      }
    }
  });
});
