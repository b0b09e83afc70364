// Source reads an earlier text with replacements as the string they make would read: every method
// is compared with String's on random texts, replacements and arguments (fast-check shrinks a
// failure to the smallest text and edits that show it).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Source, type Replacement } from '../../server/src/core/source';

/** Short texts over few characters, so that searches find matches and matches cross pieces. */
const text = fc.string({ unit: fc.constantFrom('a', 'b', '<', '!', '-', '\n', '\r', 'é'), maxLength: 40 });

/** A base text, replacements in the coordinates each leaves, and the string they make. */
const patchedText = fc
  .tuple(text, fc.array(fc.tuple(fc.nat(50), fc.nat(8), text), { maxLength: 12 }))
  .map(([base, raw]) => {
    let expected = base;
    const replacements: Replacement[] = [];
    for (const [at, removed, inserted] of raw) {
      const from = Math.min(at, expected.length);
      const to = Math.min(from + removed, expected.length);
      replacements.push({ from, to, text: inserted });
      expected = expected.slice(0, from) + inserted + expected.slice(to);
    }
    return { base, replacements, expected };
  });

/** Offsets as callers could pass them, String's odd ones included (NaN is 0, fractions are cut). */
const offset = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: -5, max: 60 }) }, { weight: 1, arbitrary: fc.constantFrom(NaN, 2.5, -1.5, Infinity, -Infinity) });
const needle = fc.constantFrom('', 'a', 'ab', '<!--', '-->', '\n', '\r\n', 'b!', 'aaa', 'é<');

describe('Source', () => {
  it('reads characters, lengths and slices as the string would', () => {
    fc.assert(
      fc.property(patchedText, offset, offset, ({ base, replacements, expected }, a, b) => {
        const source = Source.patched(base, replacements);
        assert.equal(source.length, expected.length);
        assert.equal(source.slice(a, b), expected.slice(a, b));
        assert.equal(source.slice(a), expected.slice(a));
        assert.deepEqual(source.charCodeAt(a), expected.charCodeAt(a));
        assert.equal(source.charAt(b), expected.charAt(b));
        assert.equal(source.toString(), expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('searches as the string would, matches across the edits included', () => {
    fc.assert(
      fc.property(patchedText, needle, offset, ({ base, replacements, expected }, search, at) => {
        const source = Source.patched(base, replacements);
        assert.equal(source.indexOf(search, at), expected.indexOf(search, at), `indexOf(${JSON.stringify(search)}, ${at})`);
        assert.equal(source.indexOf(search), expected.indexOf(search));
        assert.equal(source.lastIndexOf(search, at), expected.lastIndexOf(search, at), `lastIndexOf(${JSON.stringify(search)}, ${at})`);
        assert.equal(source.lastIndexOf(search), expected.lastIndexOf(search));
        assert.equal(source.includes(search, at), expected.includes(search, at));
        assert.equal(source.startsWith(search, at), expected.startsWith(search, at));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads characters in any order after a slice moved its place', () => {
    const source = Source.patched('0123456789', [
      { from: 3, to: 3, text: 'abc' },
      { from: 10, to: 12, text: 'XY' },
    ]);
    const expected = '012abc3456XY9';
    assert.equal(source.slice(8, 13), expected.slice(8, 13));
    for (const i of [12, 0, 5, 3, 11, 4, 13, -1]) assert.deepEqual(source.charCodeAt(i), expected.charCodeAt(i), `at ${i}`);
  });

  it('is one string without replacements, and only the text asked for is made into one', () => {
    assert.equal(Source.of('abc').isFlat, true);
    assert.equal(Source.patched('abc', []).isFlat, true);
    const source = Source.patched('abcdef', [{ from: 3, to: 3, text: 'X' }]);
    assert.equal(source.slice(0, 4), 'abcX');
    assert.equal(source.isFlat, false);
    assert.equal(`${source}`, 'abcXdef');
    assert.equal(source.isFlat, true);
    assert.equal(JSON.stringify({ source }), '{"source":"abcXdef"}');
  });
});
