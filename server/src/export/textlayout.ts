// Lines for the PDF: a paragraph of styled inlines broken into lines that fit a width, and each
// line cut into runs in visual order. Measuring is injected, so this file knows nothing of pdfkit
// and is tested with a fake measure.
import { bidiLevels, visualRuns, type Direction } from './bidi';
import { arabicStyle, fontStyle, isArabicCodePoint, type FontFace, type FontStyle } from './fonts';
import type { Inline } from './layout';
import { JOINER, joinsAcross } from './printable';

/** Width in points of `text` in a face at 1 pt (multiply by the size); `rtl` asks for whole-run shaping. */
export type Measure = (style: FontStyle, text: string, rtl: boolean) => number;

export interface Segment {
  start: number;
  end: number;
  style: FontStyle;
  /** Size relative to the paragraph's (footnote references are smaller). */
  scale: number;
  inline: Inline;
}

export interface Line {
  /** Logical range of the line, trailing spaces left out. */
  start: number;
  end: number;
  /** Width with natural spaces. */
  width: number;
  /** Ends at a hard break or at the end of the paragraph: not stretched when justifying. */
  last: boolean;
  /** Footnotes referenced on this line. */
  footnotes: number[];
}

export interface LaidParagraph {
  text: string;
  segments: Segment[];
  /** Segment starts, for cutting runs. */
  boundaries: number[];
  levels: Uint8Array | undefined;
  baseLevel: number;
  dir: Direction;
  size: number;
  lines: Line[];
}

export interface ParagraphStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

const SUPERSCRIPT = 0.65;

/** Builds the paragraph text (spaces collapsed, hard breaks as "\n") and its style segments. */
export function prepare(inlines: Inline[], dir: Direction, style: ParagraphStyle): LaidParagraph {
  let text = '';
  const segments: Segment[] = [];
  let lastSpace = true; // collapse spaces at the start of a paragraph too
  for (const inline of inlines) {
    let t: string;
    if (inline.lineBreak) {
      t = '\n';
      if (text.endsWith(' ')) {
        text = text.slice(0, -1);
        const prev = segments[segments.length - 1];
        if (prev) prev.end = Math.min(prev.end, text.length);
      }
      lastSpace = true;
    } else {
      t = inline.code ? inline.text.replace(/\t/g, '    ') : inline.text.replace(/[ \t\r\n]+/g, ' ');
      if (!inline.code && lastSpace && t.startsWith(' ')) t = t.slice(1);
      if (t.length === 0) continue;
      lastSpace = t.endsWith(' ');
    }
    const start = text.length;
    text += t;
    const face = fontStyle(!!(style.bold || inline.bold), !!(style.italic || inline.italic));
    const scale = inline.footnote !== undefined ? SUPERSCRIPT : 1;
    for (const piece of byScript(t, face)) segments.push({ start: start + piece.start, end: start + piece.end, style: piece.style, scale, inline });
  }
  // Trailing space of the paragraph.
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    const last = segments[segments.length - 1];
    last.end = text.length;
    if (last.end <= last.start) segments.pop();
  }
  const levels = bidiLevels(text, dir);
  return {
    text,
    segments,
    boundaries: segments.map((s) => s.start),
    levels,
    baseLevel: dir === 'rtl' ? 1 : 0,
    dir,
    size: style.size,
    lines: [],
  };
}

/**
 * An italic inline cut where its script changes: Arabic takes the slanted upright face (fonts.ts),
 * everything else the italic face. Spaces, punctuation, symbols and marks go with the letters
 * before them (those at the start with the first letters), so a run is cut only where a letter of
 * the other script begins.
 */
function byScript(t: string, face: FontFace): { start: number; end: number; style: FontStyle }[] {
  const slanted = arabicStyle(face);
  const pieces: { start: number; end: number; style: FontStyle }[] = [];
  if (slanted !== face) {
    for (let i = 0; i < t.length; ) {
      const cp = t.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const style = isArabicCodePoint(cp) ? slanted : NEUTRAL.test(String.fromCodePoint(cp)) ? undefined : face;
      const last = pieces[pieces.length - 1];
      if (style === undefined) {
        if (last) last.end = i + width;
      } else if (!last) pieces.push({ start: 0, end: i + width, style });
      else if (last.style === style) last.end = i + width;
      else pieces.push({ start: i, end: i + width, style });
      i += width;
    }
  }
  if (pieces.length === 0) return [{ start: 0, end: t.length, style: face }];
  pieces[pieces.length - 1].end = t.length;
  return pieces;
}

const NEUTRAL = /[\p{White_Space}\p{P}\p{S}\p{M}\p{Cf}]/u;

interface Token {
  start: number;
  /** End of the word, before its spaces. */
  wordEnd: number;
  end: number;
  wordWidth: number;
  spaceWidth: number;
  hard: boolean;
}

/** Greedy line breaking at spaces (and inside words too long for a line). */
export function breakLines(p: LaidParagraph, width: number, measure: Measure): Line[] {
  const tokens = tokenize(p, measure);
  const lines: Line[] = [];
  let lineStart = -1;
  let lineEnd = 0;
  let lineWidth = 0; // up to the end of the last word
  let pendingSpace = 0;
  const flush = (last: boolean) => {
    if (lineStart < 0) return;
    lines.push({ start: lineStart, end: lineEnd, width: lineWidth, last, footnotes: footnotesIn(p, lineStart, lineEnd) });
    lineStart = -1;
    lineWidth = 0;
    pendingSpace = 0;
  };
  for (const tok of tokens) {
    if (lineStart >= 0 && lineWidth + pendingSpace + tok.wordWidth > width + 0.01) flush(false);
    if (lineStart < 0 && tok.wordWidth > width + 0.01) {
      // A word longer than the line (a URL, say): cut it where it fills the line.
      for (const piece of splitWord(p, tok, width, measure)) {
        lines.push({ start: piece.start, end: piece.end, width: piece.width, last: false, footnotes: footnotesIn(p, piece.start, piece.end) });
      }
      const tail = lines.pop()!;
      lineStart = tail.start;
      lineEnd = tail.end;
      lineWidth = tail.width;
      pendingSpace = tok.spaceWidth;
    } else {
      if (lineStart < 0) {
        lineStart = tok.start;
        lineWidth = tok.wordWidth;
      } else lineWidth += pendingSpace + tok.wordWidth;
      lineEnd = tok.wordEnd;
      pendingSpace = tok.spaceWidth;
    }
    if (tok.hard) {
      if (lineStart < 0) {
        lineStart = tok.start;
        lineEnd = tok.start;
      }
      flush(true);
    }
  }
  if (lineStart >= 0) flush(true);
  else if (lines.length > 0) lines[lines.length - 1].last = true;
  if (lines.length === 0) lines.push({ start: 0, end: 0, width: 0, last: true, footnotes: [] });
  p.lines = lines;
  return lines;
}

function tokenize(p: LaidParagraph, measure: Measure): Token[] {
  const { text } = p;
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    let wordEnd: number;
    for (;;) {
      while (i < text.length && text[i] !== ' ' && text[i] !== '\n') i++;
      wordEnd = i;
      let j = i;
      while (j < text.length && text[j] === ' ') j++;
      // French guillemets stay with their words even when typed with ordinary spaces.
      if (j > i && j < text.length && (text[i - 1] === '«' || text[j] === '»')) {
        i = j;
        continue;
      }
      break;
    }
    while (i < text.length && text[i] === ' ') i++;
    let hard = false;
    const end = i;
    if (text[i] === '\n') {
      hard = true;
      i++;
    }
    tokens.push({
      start,
      wordEnd,
      end,
      wordWidth: widthOf(p, start, wordEnd, measure),
      spaceWidth: end > wordEnd ? widthOf(p, wordEnd, end, measure) : 0,
      hard,
    });
  }
  return tokens;
}

/** Width of a logical range: the sum over its style segments. */
export function widthOf(p: LaidParagraph, start: number, end: number, measure: Measure): number {
  if (end <= start) return 0;
  if (p.segments.length === 1) {
    // The common case: one style for the whole paragraph.
    const seg = p.segments[0];
    const rtl = p.levels !== undefined && (p.levels[start] & 1) === 1;
    return measure(seg.style, p.text.slice(start, end), rtl) * p.size * seg.scale;
  }
  let w = 0;
  for (const seg of segmentsIn(p, start, end)) {
    const s = Math.max(start, seg.start);
    const e = Math.min(end, seg.end);
    const piece = p.text.slice(s, e);
    const rtl = p.levels !== undefined && (p.levels[s] & 1) === 1;
    w += measure(seg.style, piece, rtl) * p.size * seg.scale;
  }
  return w;
}

export function segmentsIn(p: LaidParagraph, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  // Segments are sorted; binary search the first that ends after start.
  let lo = 0;
  let hi = p.segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.segments[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < p.segments.length && p.segments[k].start < end; k++) out.push(p.segments[k]);
  return out;
}

export function segmentAt(p: LaidParagraph, index: number): Segment {
  return segmentsIn(p, index, index + 1)[0] ?? p.segments[p.segments.length - 1];
}

function footnotesIn(p: LaidParagraph, start: number, end: number): number[] {
  const out: number[] = [];
  for (const seg of segmentsIn(p, start, Math.max(end, start + 1))) {
    if (seg.inline.footnote !== undefined && seg.start < Math.max(end, start + 1)) out.push(seg.inline.footnote);
  }
  return out;
}

function splitWord(p: LaidParagraph, tok: Token, width: number, measure: Measure): { start: number; end: number; width: number }[] {
  const pieces: { start: number; end: number; width: number }[] = [];
  let s = tok.start;
  while (s < tok.wordEnd) {
    // Longest prefix that fits, at least one character.
    let lo = s + 1;
    let hi = tok.wordEnd;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (widthOf(p, s, mid, measure) <= width) lo = mid;
      else hi = mid - 1;
    }
    // Do not cut a surrogate pair.
    if (lo < tok.wordEnd && /[\uDC00-\uDFFF]/.test(p.text[lo]) && lo - 1 > s) lo--;
    pieces.push({ start: s, end: lo, width: widthOf(p, s, lo, measure) });
    s = lo;
  }
  return pieces;
}

export interface PlacedRun {
  start: number;
  end: number;
  rtl: boolean;
  segment: Segment;
  /** Text to draw: logical order, brackets mirrored in right-to-left runs. */
  text: string;
  width: number;
  /** Spaces inside the run that take a share of the justification. */
  spaces: number;
}

/** The runs of one line in visual order, left to right, with their natural widths. */
export function lineRuns(p: LaidParagraph, line: Line, measure: Measure, mirror: (ch: string) => string): PlacedRun[] {
  if (line.end <= line.start) return [];
  const runs = visualRuns(p.levels, p.baseLevel, line.start, line.end, p.boundaries);
  return runs.map((r) => {
    const segment = segmentAt(p, r.start);
    const rtl = (r.level & 1) === 1;
    let text = p.text.slice(r.start, r.end);
    if (rtl) text = mirrorText(text, mirror);
    // A word cut by a change of style (half in bold, half in a link) is drawn in two runs: joiners
    // at the cut keep its Arabic letters joined, as when it is drawn whole.
    if (r.start > line.start && joinsAcross(p.text, r.start)) text = JOINER + text;
    if (r.end < line.end && joinsAcross(p.text, r.end)) text += JOINER;
    let spaces = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
    return { start: r.start, end: r.end, rtl, segment, text, width: measure(segment.style, text, rtl) * p.size * segment.scale, spaces };
  });
}

const MIRRORABLE = /[()[\]{}<>«»‹›]/;

function mirrorText(text: string, mirror: (ch: string) => string): string {
  if (!MIRRORABLE.test(text)) return text;
  let out = '';
  for (const ch of text) out += mirror(ch);
  return out;
}

/** Column widths between each column's longest word (min) and its text on one line (max), as HTML tables do. */
export function distributeWidths(min: number[], max: number[], total: number): number[] {
  const sumMin = min.reduce((a, b) => a + b, 0);
  const sumMax = max.reduce((a, b) => a + b, 0);
  if (sumMax <= total) {
    // Everything fits on one line: share the spare room in proportion to the content.
    return max.map((m) => m + ((total - sumMax) * m) / sumMax);
  }
  if (sumMin >= total) return min.map((m) => (m * total) / sumMin);
  return min.map((m, i) => m + ((max[i] - min[i]) * (total - sumMin)) / (sumMax - sumMin));
}
