// The guard in front of micromark (core/markdownGuard.ts) and micromark's linear EditMap
// (core/editMap.ts): what is read as plain text keeps its text, ordinary documents are untouched,
// and a block parsed alone gets the same treatment as within the whole text.
import { strict as assert } from 'node:assert';
import { isDeepStrictEqual } from 'node:util';
import type { Paragraph, Root } from 'mdast';
import { EditMap } from 'micromark-util-edit-map';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { consumeInPlace } from '../../server/src/core/editMap';
import { guardMarkdown, INLINE_MARKS, limitHits, NESTING_COLUMN, PARAGRAPH_CHARS } from '../../server/src/core/markdownGuard';
import { parseMarkdown } from '../../server/src/core/markdown';
import { textOf } from '../../server/src/core/nodes';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { checkSubmission } from '../../server/src/rules/index';
import { examples, TODAY } from '../helpers';
import { withPlainPoints } from '../support/points';

const FM = '---\nsubmission: ccf-request\nlanguage: en\n---\n\n';

function paragraphs(tree: Root): Paragraph[] {
  const out: Paragraph[] = [];
  const stack: Root['children'] = [...tree.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'paragraph') out.push(n);
    if ('children' in n) stack.push(...(n.children as Root['children']));
  }
  return out;
}

describe('markdown guard', () => {
  it('leaves every example and ordinary structure untouched', () => {
    for (const ex of examples()) assert.equal(guardMarkdown(ex.text).text, ex.text, ex.name);
    const ordinary = [
      '1. First\n   - a **bold** point\n     1. deeper [link](x)\n        > quoted *text*\n',
      '| a | b |\n| --- | --- |\n' + '| **x** | [y](z) |\n'.repeat(300),
      '- **item** with _emphasis_ and [a link][ref]\n'.repeat(500) + '\n[ref]: https://example.org\n',
      '* * *\n- - -\n___\n',
      '```\n' + '*p = **q;\n'.repeat(100) + '```\n',
    ];
    for (const text of ordinary) assert.deepEqual(limitHits(text), [], text.slice(0, 40));
  });

  it('reads a paragraph with too many marks as plain text, its text unchanged', () => {
    const para = `See ${'*a'.repeat(INLINE_MARKS)} and [x](y) done`;
    const tree = parseMarkdown(`${FM}${para}\n`);
    const [p] = paragraphs(tree);
    assert.equal(p.children.length, 1, 'no emphasis or link inside');
    assert.equal(textOf(p), para);
    assert.deepEqual(limitHits(para).map((h) => h.kind), ['marks']);
  });

  it('counts each list item and each table row as a paragraph of its own', () => {
    const item = `- ${'*a* '.repeat(INLINE_MARKS / 4)}\n`;
    assert.deepEqual(limitHits(item.repeat(20)), []);
    const row = `| ${'*a* '.repeat(INLINE_MARKS / 4)} |\n`;
    assert.deepEqual(limitHits(`| h |\n| - |\n${row.repeat(20)}`), []);
    assert.equal(limitHits(`${'*a* '.repeat(INLINE_MARKS / 4 + 1)}\n`.repeat(2)).length, 1, 'two lines of one paragraph are counted together');
  });

  it('does not count escaped marks, nor a definition line', () => {
    assert.deepEqual(limitHits(`${'\\*'.repeat(INLINE_MARKS + 1)}\n`), []);
    assert.deepEqual(limitHits(`[${'a'.repeat(INLINE_MARKS)}]: https://example.org/${'_'.repeat(INLINE_MARKS)}\n`), []);
  });

  it('reads container markers from column NESTING_COLUMN on as text, and keeps them in the text', () => {
    const deep = `${'>'.repeat(NESTING_COLUMN + 10)} x`;
    const tree = parseMarkdown(`${deep}\n`);
    let depth = 0;
    let node: Root['children'][number] | undefined = tree.children[0];
    while (node && node.type === 'blockquote') {
      depth++;
      node = node.children[0];
    }
    assert.equal(depth, NESTING_COLUMN);
    assert.equal(node?.type === 'paragraph' && textOf(node), `${'>'.repeat(10)} x`);
    const hits = limitHits(deep);
    assert.deepEqual(hits.map((h) => [h.kind, h.span.start, h.count]), [['nesting', NESTING_COLUMN, 10]]);
  });

  it('reads a paragraph longer than PARAGRAPH_CHARS as plain text, its text unchanged', () => {
    const para = 'Text with *emphasis* and a link https://example.org. '.repeat(Math.ceil(PARAGRAPH_CHARS / 50));
    const [p] = paragraphs(parseMarkdown(`${FM}${para}\n`));
    assert.equal(p.children.length, 1);
    assert.equal(textOf(p), para.trimEnd());
  });

  it('survives nesting tens of thousands deep (no recursion overflow)', () => {
    for (const text of ['>'.repeat(50_000), '- '.repeat(30_000), '1. '.repeat(20_000)]) {
      const sub = parseSubmission(`${FM}${text}x\n`);
      assert.ok(checkSubmission(sub, { today: TODAY }).some((f) => f.code === 'FMT-LIMIT'));
    }
  });

  it('gives the incremental parser the same tree as a whole parse, through edits', () => {
    const parts = [
      '# Statement of facts\n\n',
      `${'*a'.repeat(INLINE_MARKS + 5)}\n\n`,
      `${'>'.repeat(NESTING_COLUMN + 3)} quoted\n\n`,
      `- item\n${' '.repeat(NESTING_COLUMN)}- deep\n\n`,
      `- first\n- ${'_c'.repeat(INLINE_MARKS + 5)}\n\n`,
      `| a |\n| - |\n| ${'[x] '.repeat(INLINE_MARKS)} |\n\n`,
      '## Relief sought\n\nPlain text.\n',
    ];
    const edits: [string, string][] = [
      ['*a*a', '*a'],
      ['quoted', 'quoted *again*'],
      ['# Statement of facts', '# Statement of the facts'],
      ['Plain text.', `Plain ${'_b'.repeat(INLINE_MARKS)} text.`],
      ['\n\n- item', '\n- item'],
      ['## Relief', '## Relief\n\n' + '>'.repeat(NESTING_COLUMN * 2)],
    ];
    // Both ways of reusing nodes; the places reported (FMT-LIMIT) are also those of a fresh check,
    // for the server's check takes each node's places again while the node is unchanged.
    const limits = (sub: ReturnType<typeof parseSubmission>) => checkSubmission(sub, { today: TODAY }).filter((f) => f.code === 'FMT-LIMIT').map((f) => `${f.span.start}-${f.span.end} ${f.message}`);
    for (const recycleTrees of [false, true]) {
      let text = FM + parts.join('');
      const parser = new SubmissionParser({ recycleTrees });
      // The place in the second item of a list is underlined from that item's line.
      const secondItem = text.indexOf('- _c');
      assert.ok(limits(parser.parse(text)).some((l) => l.startsWith(`${secondItem}-`)), limits(parseSubmission(text)).join(' | '));
      for (const [from, to] of edits) {
        text = text.replace(from, to);
        const actual = parser.parse(text);
        const fresh = parseSubmission(text);
        assert.ok(isDeepStrictEqual(withPlainPoints(actual), withPlainPoints(fresh)), `after replacing “${from}”`);
        assert.deepEqual(limits(actual), limits(fresh), `places reported after replacing “${from}”, recycle ${recycleTrees}`);
        assert.ok(limits(actual).length > 0, `after replacing “${from}”`);
      }
    }
  });

  it('never turns a private-use character the document holds into ASCII (fuzz seed 20261207)', () => {
    // U+E02A is where the guard once put a neutralised `*`: a whole parse turned the document's own
    // U+E02A into `*` everywhere, the incremental parser only in the guarded block.
    const text = `---\nsubmission: ccf-request\n---\n\ue02a        - x\n# Request to the CCF\n${'*a'.repeat(INLINE_MARKS + 8)}`;
    const tree = parseMarkdown(text);
    assert.equal(textOf(tree.children[1]), '\ue02a        - x');
    assert.equal(textOf(tree.children[3]), '*a'.repeat(INLINE_MARKS + 8), 'the guarded paragraph reads as written');
    assert.ok(isDeepStrictEqual(withPlainPoints(new SubmissionParser().parse(text)), withPlainPoints(parseSubmission(text))));
    // A document using every window of the private-use area: the old behaviour, and no crash.
    const crowded = Array.from({ length: 50 }, (_, w) => String.fromCharCode(0xe000 + w * 128)).join('') + '\n\n' + '*a'.repeat(INLINE_MARKS + 8);
    assert.equal(textOf(parseMarkdown(crowded).children[1]), '*a'.repeat(INLINE_MARKS + 8));
  });
});

describe('micromark EditMap, linear', () => {
  it('gives the same tree as the library’s own consume on lists, quotes and setext headings', () => {
    assert.equal(EditMap.prototype.consume, consumeInPlace, 'core/markdown.ts installed the linear consume');
    const pieces = ['- a\n', '  - b\n', '1. c\n', '> d\n', '   - e\n', 'text\n', '\n', '===\n', '---\n', '    code\n', '> - f\n', '* g\n', '- - h\n', '> > i\n'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const upstream = libraryConsume();
    try {
      for (let i = 0; i < 400; i++) {
        let text = '';
        for (let j = Math.floor(random() * 30); j > 0; j--) text += pieces[Math.floor(random() * pieces.length)];
        EditMap.prototype.consume = upstream;
        const expected = fromMarkdown(text);
        EditMap.prototype.consume = consumeInPlace;
        assert.deepEqual(fromMarkdown(text), expected, JSON.stringify(text));
      }
    } finally {
      EditMap.prototype.consume = consumeInPlace;
    }
  });
});

/** The library's consume, as published (it rebuilds the whole array). */
function libraryConsume(): EditMap['consume'] {
  return function consume(this: EditMap, events) {
    const self = this as unknown as { map: [number, number, typeof events][]; index: Map<number, unknown> };
    self.map.sort((a, b) => a[0] - b[0]);
    if (self.map.length === 0) return undefined;
    let index = self.map.length;
    const vecs: (typeof events)[] = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(self.map[index][0] + self.map[index][1]), self.map[index][2]);
      events.length = self.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) events.push(element);
      slice = vecs.pop();
    }
    self.map.length = 0;
    self.index.clear();
    return undefined;
  };
}
