// The server's document store (server/src/documents.ts) must give exactly what the stock
// TextDocument gives: the same text, positions and offsets after any sequence of edits, with
// `\n`, `\r\n` and lone `\r` line breaks; and it must say what changed between two versions.
import { strict as assert } from 'node:assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RopeDocument } from '../../server/src/documents';
import { prng } from '../support/generate';

const PIECES = ['a', ' ', '\n', '\r\n', '\r', 'é', '😀', '## Facts\n', 'word', '\n\n', '\r\r\n'];

function randomText(rand: () => number, length: number): string {
  let s = '';
  while (s.length < length) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

function sameDocument(rope: RopeDocument, reference: TextDocument, rand: () => number, what: string): void {
  const text = reference.getText();
  assert.equal(rope.getText(), text, `${what}: text`);
  assert.equal(rope.lineCount, reference.lineCount, `${what}: line count`);
  for (let i = 0; i < 40; i++) {
    const offset = Math.floor(rand() * (text.length + 3)) - 1;
    assert.deepStrictEqual(rope.positionAt(offset), reference.positionAt(offset), `${what}: positionAt(${offset})`);
    const position = { line: Math.floor(rand() * (reference.lineCount + 2)) - 1, character: Math.floor(rand() * 12) - 1 };
    assert.equal(rope.offsetAt(position), reference.offsetAt(position), `${what}: offsetAt(${JSON.stringify(position)})`);
    const line = Math.floor(rand() * (reference.lineCount + 2)) - 1;
    assert.deepStrictEqual(rope.getLineRange(line), reference.getLineRange(line), `${what}: getLineRange(${line})`);
    assert.equal(rope.getEOLCharacters(line), reference.getEOLCharacters(line), `${what}: getEOLCharacters(${line})`);
    const from = Math.floor(rand() * (text.length + 1));
    const to = from + Math.floor(rand() * 30);
    assert.equal(rope.slice(from, to), text.slice(from, to), `${what}: slice`);
  }
}

describe('document store', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`matches the stock TextDocument over random edits (seed ${seed})`, () => {
      const rand = prng(seed);
      const initial = randomText(rand, 300);
      let reference = TextDocument.create('file:///x.md', 'markdown', 1, initial);
      let rope = RopeDocument.create('file:///x.md', 'markdown', 1, initial);
      sameDocument(rope, reference, rand, 'initial');
      for (let version = 2; version < 120; version++) {
        const text = reference.getText();
        const changes = [];
        // Sometimes several changes in one notification, each against the text the previous one left.
        for (let k = rand() < 0.2 ? 3 : 1; k > 0; k--) {
          const at = Math.floor(rand() * (text.length + 1));
          const start = reference.positionAt(at);
          const end = reference.positionAt(at + Math.floor(rand() * (rand() < 0.8 ? 3 : 40)));
          const insert = rand() < 0.3 ? '' : randomText(rand, 1 + Math.floor(rand() * 6));
          changes.push(rand() < 0.5 ? { range: { start, end }, text: insert } : { range: { start: end, end: start }, text: insert });
        }
        const previous = reference.getText();
        reference = TextDocument.update(reference, changes, version);
        rope = RopeDocument.update(rope, changes, version);
        // Not every version is read whole: the text is then made from the last one read and the
        // changes since (several versions' worth), or from the rope after too many.
        const skip = version < 119 && rand() < (seed > 3 ? 0.95 : 0.4);
        if (!skip) sameDocument(rope, reference, rand, `seed ${seed} version ${version}`);
        // The change against the previous version covers every difference.
        const delta = rope.changeSince(version - 1)!;
        const now = reference.getText();
        assert.ok(delta.prefix + delta.suffix <= Math.min(previous.length, now.length));
        assert.equal(now.slice(0, delta.prefix), previous.slice(0, delta.prefix));
        assert.equal(now.slice(now.length - delta.suffix), previous.slice(previous.length - delta.suffix));
      }
    });
  }

  it('tells what changed over several versions, and when it cannot', () => {
    let doc = RopeDocument.create('file:///x.md', 'markdown', 1, 'abcdef\nghijkl\n');
    doc = RopeDocument.update(doc, [{ range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: 'X' }], 2);
    doc = RopeDocument.update(doc, [{ range: { start: { line: 1, character: 1 }, end: { line: 1, character: 3 } }, text: '' }], 3);
    assert.equal(doc.getText(), 'abXcdef\ngjkl\n');
    assert.deepStrictEqual(doc.changeSince(1), { prefix: 2, suffix: 4 });
    assert.deepStrictEqual(doc.changeSince(3), { prefix: doc.length, suffix: 0 });
    for (let v = 4; v < 100; v++) doc = RopeDocument.update(doc, [{ text: 'whole' }], v);
    assert.equal(doc.changeSince(1), undefined);
  });

  it('clamps a change whose range lies past the last line, and reports it', () => {
    const reported: unknown[] = [];
    let doc = RopeDocument.create('file:///x.md', 'markdown', 1, '---\nsubmission: ccf-request\n---\n');
    doc = RopeDocument.update(doc, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: 'x\n' }], 2, (r) => reported.push(r));
    assert.equal(reported.length, 1);
    doc = RopeDocument.update(doc, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '## Facts\n' }], 3);
    const fresh = RopeDocument.create('file:///y.md', 'markdown', 1, doc.getText());
    assert.equal(doc.getText(), '---\nsubmission: ccf-request\n---\nx\n## Facts\n');
    assert.equal(doc.lineCount, fresh.lineCount);
    for (let offset = 0; offset <= doc.length; offset++) assert.deepStrictEqual(doc.positionAt(offset), fresh.positionAt(offset));
  });

  it('gives the text as the last whole string plus the edits since, until the whole string is asked for', () => {
    const rand = prng(7);
    // No lone '\r': a text with one reads positions through a stock TextDocument, made from the whole string.
    let text = randomText(rand, 400).replace(/\r(?!\n)/g, '');
    let doc = RopeDocument.create('file:///s.md', 'markdown', 1, text);
    assert.equal(doc.replacementsSinceFlat, 0, 'the opening text is a whole string');
    let beyond = 0;
    for (let version = 2; version < 200; version++) {
      // Offsets as positions give them back (one inside a '\r\n' stands before it).
      const start = doc.positionAt(Math.floor(rand() * (text.length + 1)));
      const stop = doc.positionAt(doc.offsetAt(start) + Math.floor(rand() * 4));
      const [at, end] = [doc.offsetAt(start), doc.offsetAt(stop)];
      const insert = PIECES[Math.floor(rand() * PIECES.length)].replace(/\r(?!\n)/g, '');
      doc = RopeDocument.update(doc, [{ range: { start, end: stop }, text: insert }], version);
      text = text.slice(0, at) + insert + text.slice(end);
      // Past the store's limit (64) the text is made from the rope when asked: the same text.
      if (doc.replacementsSinceFlat === Infinity) beyond++;
      assert.equal(doc.source().toString(), text, `version ${version}`);
      // The server asks for the whole string now and then (settleWhenIdle): the count starts again.
      if (version % 90 === 0) {
        assert.equal(doc.getText(), text);
        assert.equal(doc.replacementsSinceFlat, 0, `version ${version}: made whole`);
      }
    }
    assert.ok(beyond > 0, 'the store never went past its limit');
  });

  it('counts the edits since the last whole string, and reads them without making one', () => {
    let doc = RopeDocument.create('file:///c.md', 'markdown', 1, 'abc\r\ndef\n');
    for (let version = 2; version <= 4; version++) doc = RopeDocument.update(doc, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'x' }], version);
    assert.equal(doc.replacementsSinceFlat, 3);
    const source = doc.source();
    assert.equal(source.slice(4, 9), '\nxxxd');
    assert.equal(source.isFlat, false, 'reading a slice made the whole text one string');
    assert.equal(doc.getText(), 'abc\r\nxxxdef\n');
    assert.equal(doc.replacementsSinceFlat, 0);
  });
});
