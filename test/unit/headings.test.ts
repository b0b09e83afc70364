import { strict as assert } from 'node:assert';
import { sectionOfHeading } from '../../server/src/core/sections';

describe('section headings: numbering in front', () => {
  it('ignores numbering followed by a dash, in any spacing and with any dash', () => {
    const cases: [string, string][] = [
      ['I. - Exposé des faits', 'facts'],
      ['I. – Exposé des faits', 'facts'],
      ['I - Exposé des faits', 'facts'],
      ['1. — Statement of facts', 'facts'],
      ['IV.- Facts', 'facts'],
      ['IV.-Facts', 'facts'],
      ['A. - Annexes', 'annexes'],
      ['1) – Relief sought', 'relief'],
      ['(b) - Relief sought', 'relief'],
      ['II.- Hecho nuevo', 'new-fact'],
      ['III. – Hecho nuevo', 'new-fact'],
      ['III. ‑ Hecho nuevo', 'new-fact'], // non-breaking hyphen
      ['III. − Hecho nuevo', 'new-fact'], // minus sign
      ['2 - Facts', 'facts'],
      ['2- Faits', 'facts'],
      ['2-Faits', 'facts'],
      ['1.2. – Facts', 'facts'],
      ['Part 2 – Facts', 'facts'],
      ['أولاً - بيان الوقائع', 'facts'],
    ];
    for (const [heading, section] of cases) assert.equal(sectionOfHeading(heading), section, heading);
  });

  it('still requires the words to match after the numbering', () => {
    for (const heading of ['I. - Exposé', '- Facts', 'I. - Statement of the facts', 'Facts - I.']) {
      assert.equal(sectionOfHeading(heading), undefined, heading);
    }
  });
});

describe('section headings: the facts section in the words of CrimPR r.50.20', () => {
  it('accepts “Summary of (the) (relevant) facts”', () => {
    for (const heading of ['Summary of facts', 'Summary of the facts', 'Summary of relevant facts', 'Summary of the relevant facts', '2. Summary of the relevant facts:']) {
      assert.equal(sectionOfHeading(heading), 'facts', heading);
    }
  });
});
