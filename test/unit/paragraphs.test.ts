import { strict as assert } from 'node:assert';
import { parseSubmission, SubmissionParser } from '../../server/src/core/parse';
import { findParagraphReferences, formatCounter, numberingWork, numberParagraphs, renumberFrom } from '../../server/src/core/paragraphs';
import { editForFix } from '../../server/src/core/fixes';
import { paragraphExcerpt, paragraphIndex, paragraphReferenceAt } from '../../server/src/core/paragraphReferences';
import { checkSubmission } from '../../server/src/rules/index';
import { generateSubmission, prng } from '../support/generate';

const front = (language = 'en') => `---\nsubmission: ccf-request\nlanguage: ${language}\n---\n`;
const numbering = (body: string, language = 'en') => numberParagraphs(parseSubmission(front(language) + body));
const labels = (body: string, language = 'en') => numbering(body, language).paragraphs.map((p) => p.label);

describe('paragraph numbering', () => {
  it('numbers plain paragraphs 1…N across sections, not lists after them nor the annexes', () => {
    const n = numbering(`Intro.\n\n## Statement of facts\n\nOne.\n\nTwo.\n\n- a bullet\n\n> quoted\n\n## Relief sought\n\nThe Commission is asked to:\n\n1. delete\n2. inform\n\n## Annexes\n\nDocuments:\n\n1. Exhibit A1\n`);
    assert.deepEqual(n.paragraphs.map((p) => [p.label, p.written, p.source]), [
      ['1.', false, 'paragraph'],
      ['2.', false, 'paragraph'],
      ['3.', false, 'paragraph'],
      ['4.', false, 'paragraph'],
    ]);
    assert.deepEqual(n.paragraphs.map((p) => p.section), [undefined, 'facts', 'facts', 'relief']);
    assert.deepEqual(n.breaks, []);
  });

  it('keeps the numbers written in ordered lists, across sections (1.–8.)', () => {
    const body = `## Statement of facts\n\n1. One.\n2. Two.\n3. Three.\n\n## Rules violated\n\n4. Four.\n5. Five.\n6. Six.\n\n## Relief sought\n\n7. Seven.\n8. Eight.\n`;
    const n = numbering(body);
    assert.deepEqual(n.paragraphs.map((p) => p.label), ['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.']);
    assert.ok(n.paragraphs.every((p) => p.written && p.source === 'item' && !p.restart));
    assert.deepEqual(n.paragraphs.map((p) => p.section), ['facts', 'facts', 'facts', 'rules-violated', 'rules-violated', 'rules-violated', 'relief', 'relief']);
    assert.deepEqual(n.breaks, []);
    // The number's own span, for a quick fix.
    const text = front() + body;
    const four = n.paragraphs[3].numberSpan!;
    assert.equal(text.slice(four.start, four.end), '4');
  });

  it('numbers a document that mixes both in one sequence', () => {
    assert.deepEqual(labels(`Intro.\n\n## Facts\n\n2. Two.\n3. Three.\n\nA plain paragraph.\n\n5. Five.\n`), ['1.', '2.', '3.', '4.', '5.']);
  });

  it('prints written numbers that break the sequence as written and reports the break', () => {
    const n = numbering(`1. One.\n2. Two.\n7. Seven.\n5. Five.\n5. Five again.\n`);
    assert.deepEqual(n.paragraphs.map((p) => p.label), ['1.', '2.', '7.', '5.', '5.']);
    assert.deepEqual(n.breaks.map((b) => [b.kind, b.expected, b.written, b.index]), [
      ['gap', 3, 7, 2],
      ['backwards', 8, 5, 3],
      ['duplicate', 6, 5, 4],
    ]);
    assert.deepEqual(n.paragraphs.map((p) => p.restart), [false, false, true, true, true]);
  });

  it('reads a list numbered "1." on every line as counted from its first number', () => {
    const n = numbering(`1. One.\n1. Two.\n1. Three.\n`);
    assert.deepEqual(n.paragraphs.map((p) => [p.label, p.written]), [['1.', true], ['2.', false], ['3.', false]]);
    assert.deepEqual(n.breaks, []);
  });

  it('reads a list that starts again at 1 after numbered paragraphs as lettered sub-paragraphs', () => {
    const n = numbering(`1. One.\n2. Two.\n\n## Relief sought\n\n1. first\n2. second\n`);
    assert.deepEqual(n.paragraphs.map((p) => p.label), ['1.', '2.']);
  });

  it('reports a first number other than 1, and a continuation that skips numbers', () => {
    const n = numbering(`## Facts\n\n4. Four.\n5. Five.\n`);
    assert.deepEqual(n.breaks.map((b) => [b.kind, b.expected, b.written]), [['gap', 1, 4]]);
    assert.equal(n.paragraphs[0].restart, true);
  });

  it('keeps an Arabic request numbered 1.–6. and the Arabic-Indic digits a lawyer typed', () => {
    assert.deepEqual(labels(`## بيان الوقائع\n\n1. أولى.\n2. ثانية.\n3. ثالثة.\n\n## الطلبات\n\n4. رابعة.\n5. خامسة.\n6. سادسة.\n`, 'ar'), ['1.', '2.', '3.', '4.', '5.', '6.']);
    const n = numbering(`## بيان الوقائع\n\n١. الفقرة الأولى.\n\n٢. الفقرة الثانية.\n\nفقرة بلا رقم.\n`, 'ar');
    assert.equal(n.digits, 'arabicIndic');
    assert.deepEqual(n.paragraphs.map((p) => [p.label, p.number, p.written]), [['١.', 1, true], ['٢.', 2, true], ['٣.', 3, false]]);
    // Persian digits (whose 4, 5 and 6 differ from the Arabic-Indic ones) are printed as typed.
    const persian = numbering(`## بيان الوقائع\n\n۴. الفقرة الرابعة.\n\n۵. الفقرة الخامسة.\n\nفقرة بلا رقم.\n`, 'ar');
    assert.equal(persian.digits, 'persian');
    assert.deepEqual(persian.paragraphs.map((p) => [p.label, p.number]), [['۴.', 4], ['۵.', 5], ['۶.', 6]]);
  });

  it('gives the edits that renumber the paragraphs after a break', () => {
    const body = `1. One.\n2. Two.\n5. Five.\n6. Six.\n\nPlain.\n\n8. Eight.\n`;
    const text = front() + body;
    const n = numberParagraphs(parseSubmission(text));
    assert.deepEqual(n.breaks.map((b) => b.index), [2]);
    const edits = renumberFrom(n, n.breaks[0].index);
    let fixed = text;
    for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) fixed = fixed.slice(0, e.span.start) + e.text + fixed.slice(e.span.end);
    const again = numberParagraphs(parseSubmission(fixed));
    assert.deepEqual(again.paragraphs.map((p) => p.label), ['1.', '2.', '3.', '4.', '5.', '6.']);
    assert.deepEqual(again.breaks, []);
  });

  it('warns on a break (PARA-SEQ) with a quick fix that renumbers what follows', () => {
    const text = `${front('fr')}## Exposé des faits\n\n1. Un.\n2. Deux.\n\n## Motifs\n\n5. Trois.\n6. Quatre.\n\nCinq.\n`;
    const findings = checkSubmission(parseSubmission(text), { today: '2026-11-22' }).filter((f) => f.code === 'PARA-SEQ');
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0].span.start, findings[0].span.end), '5');
    assert.match(findings[0].message, /^Le paragraphe 5 suit le paragraphe 2 : le numéro suivant est 3\./);
    const fix = editForFix(parseSubmission(text), findings[0].fixes[0])!;
    let fixed = text;
    for (const e of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) fixed = fixed.slice(0, e.span.start) + e.newText + fixed.slice(e.span.end);
    assert.equal(fix.title, '5. → 3. …');
    assert.deepEqual(labels(fixed.slice(front('fr').length), 'fr'), ['1.', '2.', '3.', '4.', '5.']);
    assert.deepEqual(checkSubmission(parseSubmission(fixed), { today: '2026-11-22' }).filter((f) => f.code === 'PARA-SEQ'), []);
  });

  it('reports the next paragraph number typed without a blank line before it, and inserts the line', () => {
    const apply = (text: string, fix: Parameters<typeof editForFix>[1]) => {
      const edit = editForFix(parseSubmission(text), fix)!;
      let out = text;
      for (const e of [...edit.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
      return { out, title: edit.title };
    };
    const seq = (text: string) => checkSubmission(parseSubmission(text), { today: '2026-11-22' }).filter((f) => f.code === 'PARA-SEQ');
    // Arabic typed as in Word: Arabic-Indic numbers never make a Markdown list, so the lines merge.
    let text = `${front('ar')}## الوقائع\n\n١. الفقرة الأولى.\n٢. الفقرة الثانية:\n   ١. البند الأول؛\n٣. الفقرة الثالثة.\n`;
    let findings = seq(text);
    assert.deepEqual(findings.map((f) => text.slice(f.span.start, f.span.end)), ['٢', '٣']);
    assert.match(findings[0].message, /^يبدأ هذا السطر بالرقم ٢، وهو رقم الفقرة التالية/);
    const first = apply(text, findings[0].fixes[0]);
    assert.equal(first.title, 'بدء الفقرة ٢ هنا (سطر فارغ قبلها)');
    text = first.out;
    text = apply(text, seq(text)[0].fixes[0]).out;
    assert.deepEqual(labels(text.slice(front('ar').length), 'ar'), ['١.', '٢.', '٣.']);
    assert.deepEqual(seq(text), []);
    // Western digits: a list interrupts a paragraph only at 1, so "5." stays in paragraph 4.
    text = `${front()}## Statement of facts\n\n1. One.\n2. Two.\n3. Three.\n\nA counted fourth paragraph.\n5. The fifth, typed without a blank line.\n`;
    findings = seq(text);
    assert.deepEqual(findings.map((f) => [text.slice(f.span.start, f.span.end), f.message.slice(0, 40)]), [['5', 'This line starts with 5, the next paragr']]);
    text = apply(text, findings[0].fixes[0]).out;
    assert.deepEqual(labels(text.slice(front().length)), ['1.', '2.', '3.', '4.', '5.']);
    assert.deepEqual(seq(text), []);
    // A hard-wrapped line starting with another number is not taken for a paragraph number.
    text = `${front()}## Statement of facts\n\nThe request relies on Article\n12. The notice was published in\n2019. Nothing else.\n`;
    assert.deepEqual(seq(text), []);
  });

  it('says so when the paragraph before a break has no written number and is only counted', () => {
    const text = `${front('en')}## Statement of facts\n\n1. One.\n2. Two.\n\nAn unnumbered paragraph.\n\n3. Three.\n`;
    const findings = checkSubmission(parseSubmission(text), { today: '2026-11-22' }).filter((f) => f.code === 'PARA-SEQ');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /^Paragraph 3 follows paragraph 3, a paragraph without a written number that is counted as 3: the next number is 4\./);
    assert.match(findings[0].message, /Paragraphs you did not number are numbered in the same sequence/);
  });

  it('writes counters in each format', () => {
    assert.deepEqual([1, 26, 27].map((n) => formatCounter('lowerLetter', n)), ['a', 'z', 'aa']);
    assert.deepEqual([4, 9, 14].map((n) => formatCounter('lowerRoman', n)), ['iv', 'ix', 'xiv']);
    assert.deepEqual([1, 5, 28, 29].map((n) => formatCounter('abjad', n)), ['أ', 'هـ', 'غ', '29']);
    assert.equal(formatCounter('decimal', 12, 'arabicIndic'), '١٢');
    assert.equal(formatCounter('decimal', 456, 'persian'), '۴۵۶');
  });
});

describe('references to paragraphs', () => {
  const refs = (text: string) =>
    findParagraphReferences(text).map((r) => ({ text: text.slice(r.span.start, r.span.end), targets: r.targets.map((t) => t.number), position: r.position }));

  it('finds English references, lists, ranges and above/below', () => {
    assert.deepEqual(refs('As set out at paragraph 4 above, and in paras 6–8. See para. 12 and §§ 12-15 below; § 3 supra; ¶ 9.'), [
      { text: 'paragraph 4 above', targets: [4], position: 'above' },
      { text: 'paras 6–8', targets: [6, 7, 8], position: undefined },
      { text: 'para. 12', targets: [12], position: undefined },
      { text: '§§ 12-15 below', targets: [12, 13, 14, 15], position: 'below' },
      { text: '§ 3 supra', targets: [3], position: 'above' },
      { text: '¶ 9', targets: [9], position: undefined },
    ]);
    assert.deepEqual(refs('paragraphs 4 and 6, and paragraph 12(a)'), [
      { text: 'paragraphs 4 and 6', targets: [4, 6], position: undefined },
      { text: 'paragraph 12(a)', targets: [12], position: undefined },
    ]);
  });

  it('leaves out paragraphs of other texts', () => {
    assert.deepEqual(refs('Article 8, paragraph 2, ECHR; paragraph 1 of Article 3; §§ 12–15 of the skeleton argument; § 12 StGB.'), []);
    assert.deepEqual(refs('paragraph 3 of this request'), [{ text: 'paragraph 3', targets: [3], position: undefined }]);
  });

  it('finds French references', () => {
    assert.deepEqual(refs('comme exposé au paragraphe 4 ci-dessus et aux paragraphes 6 à 8 ci-dessous ; voir § 2 et le paragraphe 3 de la Convention.'), [
      { text: 'paragraphe 4 ci-dessus', targets: [4], position: 'above' },
      { text: 'paragraphes 6 à 8 ci-dessous', targets: [6, 7, 8], position: 'below' },
      { text: '§ 2', targets: [2], position: undefined },
    ]);
    assert.deepEqual(refs('le paragraphe 5 de la présente requête'), [{ text: 'paragraphe 5', targets: [5], position: undefined }]);
  });

  it('finds Spanish references', () => {
    assert.deepEqual(refs('según el párrafo 4 más arriba y los párrafos 6 a 8; véase el párrafo 2 del artículo 3 y el párr. 9 infra.'), [
      { text: 'párrafo 4 más arriba', targets: [4], position: 'above' },
      { text: 'párrafos 6 a 8', targets: [6, 7, 8], position: undefined },
      { text: 'párr. 9 infra', targets: [9], position: 'below' },
    ]);
  });

  it('finds Arabic references, with Arabic-Indic digits too', () => {
    assert.deepEqual(refs('كما ورد في الفقرة 12 أعلاه وفي الفقرتين 4 و5 وبالفقرة ٧ أدناه، دون الفقرة 2 من المادة 83.'), [
      { text: 'الفقرة 12 أعلاه', targets: [12], position: 'above' },
      { text: 'الفقرتين 4 و5', targets: [4, 5], position: undefined },
      { text: 'وبالفقرة ٧ أدناه', targets: [7], position: 'below' },
    ]);
    assert.deepEqual(refs('الفقرات 3 إلى 5'), [{ text: 'الفقرات 3 إلى 5', targets: [3, 4, 5], position: undefined }]);
  });

  it('gives each target the span of its number, and skips comments and excluded spans', () => {
    const text = 'See paras 4 and 6. <!-- paragraph 9 --> Article 8 paragraph 2.';
    const [r, ...rest] = findParagraphReferences(text);
    assert.equal(rest.length, 0);
    assert.deepEqual(r.targets.map((t) => text.slice(t.span.start, t.span.end)), ['4', '6']);
    assert.deepEqual(findParagraphReferences('See paragraph 4.', { exclude: [{ start: 4, end: 13 }] }), []);
  });
});

describe('references to the submission’s own paragraphs (PARA-REF)', () => {
  const check = (body: string, language = 'en') => {
    const text = front(language) + body;
    return checkSubmission(parseSubmission(text), { today: '2026-11-22' })
      .filter((f) => f.code === 'PARA-REF')
      .map((f) => ({ at: text.slice(f.span.start, f.span.end), message: f.message }));
  };

  it('says nothing of correct references, above or below', () => {
    assert.deepEqual(check('One, see paragraphs 2 to 3 below.\n\nTwo, as paragraph 1 above.\n\nThree; §§ 1-2 supra.\n'), []);
  });

  it('reports a number no paragraph carries, saying which there are', () => {
    const found = check('One.\n\nTwo, see paragraph 40.\n\nThree.\n');
    assert.deepEqual(found.map((f) => f.at), ['40']);
    assert.match(found[0].message, /There is no paragraph 40: the submission’s paragraphs are numbered 1 to 3\./);
    assert.match(check('Only one, see paragraph 2.\n')[0].message, /a single numbered paragraph, 1\./);
  });

  it('reports "above" pointing to itself or later, and "below" pointing earlier', () => {
    const found = check('One, see paragraph 2 above.\n\nTwo, see paragraph 2 above and paragraph 1 below.\n\nThree.\n');
    assert.deepEqual(found.map((f) => f.at), ['2', '2', '1']);
    assert.match(found[0].message, /Paragraph 2 is referred to as above, but it does not come before paragraph 1/);
    assert.match(found[2].message, /Paragraph 1 is referred to as below, but it does not come after paragraph 2/);
  });

  it('checks only the written ends of a range, and a sub-list as part of its paragraph', () => {
    // 3 is missing (PARA-SEQ says so); "2 to 4" is not reported for it. The lettered list is paragraph 2's.
    const found = check('1. One.\n2. Two, asking:\n\n   1. see paragraph 4 below;\n   2. and paragraph 2 above.\n\n4. Four, see paragraphs 2 to 4 above.\n');
    assert.deepEqual(found.map((f) => f.at), ['2', '4']);
    assert.match(found[0].message, /Paragraph 2 is referred to as above, but it does not come before paragraph 2,/);
  });

  it('leaves alone the frontmatter, the annexes, quotations, citations and pinpoints in other texts', () => {
    const body = [
      'One, citing Soering v United Kingdom, para. 88, and Soering v UK at paragraph 91.',
      '> The judgment, paragraph 40.',
      'Two: Article 3, paragraph 2 of the ECHR; the Respondent’s paragraph 30.',
      '## Annexes',
      '- A1, see paragraph 12',
    ].join('\n\n');
    assert.deepEqual(check(body), []);
    const withTitle = front().replace('---\n', '---\ntitle: Reply to paragraph 9\n');
    assert.deepEqual(checkSubmission(parseSubmission(withTitle + 'One.\n'), { today: '2026-11-22' }).filter((f) => f.code === 'PARA-REF'), []);
  });

  it('leaves alone pinpoints into an exhibit, an annex, a judgment or a report, and checks the rest', () => {
    const withExhibits = (language: string) =>
      front(language).replace('---\n', '---\nexhibits:\n  - id: D1\n    title: Report\n  - id: A3\n    title: Judgment\n');
    const checkWith = (body: string, language = 'en') => {
      const text = withExhibits(language) + body;
      return checkSubmission(parseSubmission(text), { today: '2026-11-22' })
        .filter((f) => f.code === 'PARA-REF')
        .map((f) => text.slice(f.span.start, f.span.end));
    };
    const en = [
      'One (Exhibit D1 at paragraph 12; Annex A3 para. 13; Exhibits D1 and A3, p. 2, §§ 14-15; D1 at para 16).',
      'Two: the judgment of the District Judge at paragraph 17, Dr Marsh’s report at para 18, Celinski at para 19,',
      '[2015] EWHC 1274 (Admin) at para 20, ibid. at para 21, Appendix 2 at para 22, Exhibit D1 (para 23).',
      'Three, see paragraph 24 above and paragraph 25; as explained at paragraph 26; Exhibit D1. Paragraph 27 says.',
    ].join('\n\n');
    assert.deepEqual(checkWith(en), ['24', '25', '26', '27']);
    assert.deepEqual(checkWith('Un (Pièce A3, au paragraphe 12 ; l’arrêt Soering au § 13).\n\nDeux, voir le paragraphe 14.\n', 'fr'), ['14']);
    assert.deepEqual(checkWith('Uno (Anexo A3, en el párrafo 12; la sentencia de 3 de mayo de 2024, en su párrafo 13).\n\nDos, véase el párrafo 14.\n', 'es'), ['14']);
    assert.deepEqual(checkWith('١. أولًا (المرفق A3، الفقرة 12؛ الفقرة 13 من المرفق D1).\n\n٢. ثانيًا، انظر الفقرة 14.\n', 'ar'), ['14']);
  });

  it('says nothing when no paragraph is numbered', () => {
    assert.deepEqual(check('> Only a quotation citing paragraph 4 above.\n\n## Annexes\n\nSee paragraph 7.\n'), []);
  });

  it('writes the message in the document’s language and digits', () => {
    assert.match(check('Un.\n\nDeux, voir le paragraphe 5 ci-dessous.\n', 'fr')[0].message, /Il n’y a pas de paragraphe 5 : les paragraphes de l’écrit sont numérotés de 1 à 2\./);
    const ar = check('١. أولًا.\n\n٢. ثانيًا، انظر الفقرة ٩ أعلاه.\n', 'ar');
    assert.deepEqual(ar.map((f) => f.at), ['٩']);
    assert.match(ar[0].message, /لا توجد فقرة رقمها ٩، فالفقرات في المذكرة مرقّمة من ١ إلى ٢/);
  });

  it('finds the reference and its target at an offset, and the start of the paragraph', () => {
    const text = front() + '1. The applicant is a journalist whose reporting on the port led to the indictment of 2025 and, weeks later, to the warrant.\n2. See paras 1 and 3 above.\n';
    const sub = parseSubmission(text);
    const at = paragraphReferenceAt(sub, text.indexOf('1 and') + 1)!;
    assert.equal(at.target?.number, 1);
    assert.equal(at.target?.paragraph?.span.start, text.indexOf('1. The'));
    assert.equal(paragraphReferenceAt(sub, text.indexOf('3 above'))?.target?.paragraph, undefined);
    assert.equal(paragraphReferenceAt(sub, text.indexOf('journalist')), undefined);
    const excerpt = paragraphExcerpt(sub, at.target!.paragraph!);
    assert.ok(excerpt.startsWith('The applicant is a journalist') && excerpt.endsWith('…') && excerpt.length <= 101, excerpt);
    assert.equal(paragraphIndex(sub), paragraphIndex(sub), 'computed once per parse');
  });
});

describe('paragraph numbering while typing', () => {
  // The numbers and references of a node are kept with it while the incremental parser reuses it:
  // after each edit, what the reused parse says must be what a fresh parse says.
  it('gives what a fresh parse gives after edits to numbers, references and citations', () => {
    const start = `${front()}## Statement of facts\n\n1. One.\n2. Two, see paragraph 1 above.\n3. Three.\n\nA counted paragraph, see paragraphs 2 to 3 above.\n\n## Rules violated\n\n5. Five: Article 82 of the RPD, paragraph 2.\n6. Six, see paragraph 9 below.\n\nAnother, as in paragraph 5 above.\n\n١. عربي\n`;
    const edits: [string, string][] = [
      ['3. Three.', '4. Three.'],
      ['see paragraph 1 above', 'see paragraph 7 above'],
      ['A counted paragraph', 'A counted paragraph (typed)'],
      ['5. Five: Article 82 of the RPD, paragraph 2.', '5. Five: paragraph 2.'],
      ['6. Six, see paragraph 9 below.', '6. Six, see paragraph 9 below. Article 83\n'],
      ['١. عربي', '٢. عربي'],
      ['Another, as in paragraph 5 above.', ''],
      ['2. Two, see paragraph 7 above.', '2. Two, see paragraph 7 above.\n\n- a bullet\n'],
    ];
    const parser = new SubmissionParser({ recycleTrees: true });
    let text = start;
    let sub = parser.parse(text);
    const same = (what: string) => {
      const fresh = parseSubmission(text);
      const view = (s: typeof sub) => {
        const index = paragraphIndex(s);
        return { numbering: { ...index.numbering, byStart: [...index.numbering.byStart.keys()] }, references: index.references };
      };
      assert.deepStrictEqual(view(sub), view(fresh), what);
      assert.deepStrictEqual(checkSubmission(sub, { today: '2026-11-22' }), checkSubmission(fresh, { today: '2026-11-22' }), what);
    };
    same('start');
    for (const [from, to] of edits) {
      const at = text.indexOf(from);
      assert.ok(at >= 0, from);
      text = text.slice(0, at) + to + text.slice(at + from.length);
      sub = parser.parse(text, {}, { prefix: at, suffix: text.length - at - to.length });
      same(`${from} → ${to}`);
    }
  });

  // A list none of whose items mentions a paragraph is skipped without visiting its items, kept
  // with the list object (paragraphReferences.ts): a reference typed into one item must be found.
  it('finds a reference typed a character at a time into an item of a list that mentioned none', () => {
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. Item ${i + 1} of the facts, with enough words to be a paragraph.`).join('\n\n');
    const start = `${front()}## Statement of facts\n\n${items}\n\nA closing paragraph.\n`;
    const parser = new SubmissionParser({ recycleTrees: true });
    parser.parse(start);
    // Cut at every item, as the server does while the editor is idle: the list is joined from pieces.
    const refining = parser.refineSteps(0, Infinity);
    while (!refining.next().done);
    const refs = (s: ReturnType<typeof parseSubmission>) => checkSubmission(s, { today: '2026-11-22' }).filter((f) => f.code === 'PARA-REF');
    const typed = ' See paragraph 40 above.';
    let text = start;
    let at = text.indexOf(' of the facts', text.indexOf('7. Item 7'));
    for (const ch of typed) {
      text = text.slice(0, at) + ch + text.slice(at);
      const sub = parser.parse(text, {}, { prefix: at, suffix: text.length - at - 1 });
      at++;
      assert.deepStrictEqual(refs(sub), refs(parseSubmission(text)), JSON.stringify(text.slice(at - 20, at)));
    }
    assert.equal(refs(parseSubmission(text)).length, 1, 'paragraph 40 does not exist');
  });

  // Numbering resumes at the first node an edit changed or moved (Submission.lineage); what it
  // takes again must be exactly what a fresh numbering makes, whatever the edit did further on.
  describe('resumes from the version before', () => {
    const resumed = (before: string, after: string) => {
      const parser = new SubmissionParser({ recycleTrees: true });
      parser.parse(before);
      // Cut at every paragraph, as the server does while the editor is idle after opening.
      const refining = parser.refineSteps(0, Infinity);
      let step = refining.next();
      while (!step.done) step = refining.next();
      const first = numberParagraphs(step.value!);
      const sub = parser.parse(after);
      const again = numberParagraphs(sub);
      const walked = numberingWork.walked;
      const plain = ({ paragraphs, breaks, digits }: ReturnType<typeof numberParagraphs>) => ({ paragraphs, breaks, digits });
      assert.deepStrictEqual(plain(again), plain(numberParagraphs(parseSubmission(after))));
      return { first, again, walked, kept: again.paragraphs.filter((p, i) => p === first.paragraphs[i]).length };
    };
    const body = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} of the facts.`).join('\n\n');

    it('takes again the entries before a keystroke, and numbers the rest', () => {
      const before = `${front()}## Statement of facts\n\n${body(200)}\n`;
      const at = before.indexOf('Paragraph 181 ');
      const { again, kept } = resumed(before, before.slice(0, at) + 'Typed. ' + before.slice(at));
      assert.equal(again.paragraphs.length, 200);
      // The parser re-parses the block around the edit (a few paragraphs before it too).
      assert.ok(kept >= 150 && kept <= 180, `${kept} of the 180 paragraphs before the edit are the same entries`);
    });

    it('takes the entries after a keystroke again too, moved by what it added, and walks only the nodes it touched', () => {
      const before = `${front()}## Statement of facts\n\n${body(200)}\n`;
      const at = before.indexOf('Paragraph 101 ');
      const { again, walked } = resumed(before, before.slice(0, at) + 'Typed. ' + before.slice(at));
      assert.equal(again.paragraphs.length, 200);
      assert.ok(walked < 40, `walked ${walked} of ~200 nodes`);
    });

    it('moves the breaks after a keystroke with their paragraphs, their indices kept right', () => {
      const list = (from: number, n: number) => Array.from({ length: n }, (_, i) => `${from + i}. Item ${from + i} of the list.`).join('\n\n');
      // Breaks after the edit: 30 follows 20 (a gap), 25 follows 39 (backwards), 25 again (duplicate).
      const before = `${front()}## Statement of facts\n\n${list(1, 20)}\n\nCounted.\n\n${list(30, 10)}\n\n${list(25, 1)}\n\n${list(25, 3)}\n`;
      const at = before.indexOf('Item 5 ');
      const after = before.slice(0, at) + 'Typed ' + before.slice(at);
      const { first, again, walked } = resumed(before, after);
      assert.equal(again.breaks.length, first.breaks.length);
      assert.ok(again.breaks.length >= 3);
      assert.ok(walked < 10, `walked ${walked}`);
      assert.equal(again.breaks[0].span.start, first.breaks[0].span.start + 'Typed '.length);
    });

    it('numbers the rest again when the edit changes what follows: a paragraph more, a written number, a section', () => {
      const before = `${front()}## Statement of facts\n\n${body(30)}\n\n## Rules violated\n\n${body(30)}\n`;
      const at = before.indexOf('Paragraph 11 ');
      // A counted paragraph more: every number after it is one higher.
      const added = resumed(before, before.slice(0, at) + 'A new paragraph.\n\n' + before.slice(at));
      assert.ok(added.walked > 40, `walked ${added.walked}`);
      // A heading renamed: the paragraphs under it leave a recognised section.
      const renamed = resumed(before, before.replace('## Rules violated', '## Rules violatedX'));
      assert.equal(renamed.again.paragraphs[45].section, undefined);
      assert.equal(renamed.first.paragraphs[45].section, 'rules-violated');
      // A heading more: the tail's headings are one further on.
      resumed(before, before.slice(0, at) + '### A sub-heading\n\n' + before.slice(at));
    });

    it('gives what a fresh numbering gives after each of a series of random keystrokes, pastes and cuts in a long draft', () => {
      const rand = prng(7);
      let text = generateSubmission({ bytes: 30_000, language: 'en', seed: 12, brokenNumbering: true });
      const parser = new SubmissionParser({ recycleTrees: true });
      parser.parse(text);
      const refining = parser.refineSteps(0, Infinity);
      while (!refining.next().done);
      const plain = ({ paragraphs, breaks, digits }: ReturnType<typeof numberParagraphs>) => ({ paragraphs, breaks, digits });
      const keys = ['a', ' ', '\n', '\n\n', '7', '12. ', '# ', '## Rules violated\n\n', '[^1]', '.'];
      let walked = 0;
      let nodes = 0;
      for (let k = 0; k < 140; k++) {
        const at = text.indexOf('\n', Math.floor(rand() * text.length) + 1) + 1 || text.length;
        // Now and then a stretch pasted from elsewhere in the draft (repeated blocks), or cut.
        const r = rand();
        const pasteFrom = Math.floor(rand() * (text.length - 700));
        const typed = r < 0.1 ? '' : r < 0.15 ? text.slice(pasteFrom, pasteFrom + 600) : keys[Math.floor(rand() * keys.length)];
        const removed = typed ? 0 : Math.min(r < 0.05 ? 500 : 3, text.length - at);
        text = text.slice(0, at) + typed + text.slice(at + removed);
        const sub = parser.parse(text, {}, { prefix: at, suffix: text.length - at - typed.length });
        const numbering = numberParagraphs(sub);
        walked += numberingWork.walked;
        nodes += sub.tree.children.length;
        assert.deepStrictEqual(plain(numbering), plain(numberParagraphs(parseSubmission(text))), `keystroke ${k}: ${JSON.stringify(typed)} at ${at}`);
      }
      // Without the tail taken again, a keystroke walks from the edit to the end: half the nodes.
      assert.ok(walked < nodes / 3, `walked ${walked} of ${nodes} nodes`);
    });

    it('numbers everything again after a blank line typed before the paragraphs (all of them moved)', () => {
      const before = `${front()}## Statement of facts\n\n${body(20)}\n`;
      const at = before.indexOf('Paragraph 1 ');
      assert.equal(resumed(before, before.slice(0, at) + '\n' + before.slice(at)).kept, 0);
    });

    it('numbers again when a heading typed later makes an earlier one a title, its paragraphs leaving its section', () => {
      const before = `${front()}# Statement of facts\n\n${body(5)}\n\n# Other\n\nLast.\n`;
      const after = before.replace('# Other', '## Relief sought');
      const { first, again } = resumed(before, after);
      assert.equal(first.paragraphs[0].section, 'facts');
      assert.equal(again.paragraphs[0].section, undefined, '"# Statement of facts" now holds a section: a title');
    });

    it('numbers again from a paragraph whose visibility depends on the footnote definitions', () => {
      // A paragraph of only a footnote reference is printed, and numbered, only if the note is
      // defined somewhere: the definitions may change anywhere, so reuse stops there.
      const after = Array.from({ length: 30 }, (_, i) => `More ${i + 1}.`).join('\n\n');
      const before = `${front()}## Statement of facts\n\n${body(3)}\n\n[^a]\n\n${after}\n\n[^a]: The note.\n`;
      const at = before.indexOf('More 30.');
      const { again, kept } = resumed(before, before.slice(0, at) + 'Typed. ' + before.slice(at));
      assert.equal(again.paragraphs.length, 34);
      assert.equal(kept, 3, 'the paragraphs before the footnote reference, not the 30 after it');
    });

    it('writes counted labels in the digits of the first written number, on entries of their own', () => {
      const before = `${front('ar')}## الوقائع\n\n${body(4)}\n`;
      const at = before.indexOf('Paragraph 3 ');
      const { first, again } = resumed(before, before.slice(0, at) + '٣. ' + before.slice(at));
      assert.deepEqual(again.paragraphs.map((p) => p.label), ['١.', '٢.', '٣.', '٤.']);
      assert.deepEqual(first.paragraphs.map((p) => p.label), ['1.', '2.', '3.', '4.'], 'the version before keeps its labels');
    });

    it('numbers everything again after an edit to the frontmatter, which moves every paragraph', () => {
      // The parser keeps the nodes (moved, not parsed again): the same objects at other offsets.
      // No heading: no section moves with them either.
      const before = `${front()}\nIntroduction.\n\n${body(20)}\n`;
      const { kept } = resumed(before, before.replace('language: en', 'language: en\ntitle: Request'));
      assert.equal(kept, 0);
    });

    it('numbers everything again when the language brings another numbering scheme', () => {
      const before = `${front()}## Statement of facts\n\n${body(3)}\n`;
      const { kept } = resumed(before, before.replace('language: en', 'language: ar'));
      assert.equal(kept, 0);
    });
  });
});
