// The server's copy of each open document. `TextDocuments` takes any `{ create, update }`: this one
// keeps the text in a rope (CodeMirror's `Text`, a balanced tree of lines), so that a keystroke
// costs O(edit + log n) where the stock TextDocument rebuilds and flattens the whole string and
// shifts every later line offset. The text is flattened only when someone asks for all of it.
//
// Offsets and positions are those of LSP and of vscode-languageserver-textdocument (`\n`, `\r\n`
// and a lone `\r` each end a line; a position past the end of its line is clamped before the line
// break); test/unit/documents.test.ts compares both on random edits.
import { Text } from '@codemirror/state';
import { Source, type Replacement } from './core/source';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';

/** What changed between two versions: the lengths of the text they have in common at each end. */
export interface TextDelta {
  /** Characters before the change, the same in both versions. */
  prefix: number;
  /** Characters after it, the same in both versions (not overlapping the prefix in either). */
  suffix: number;
}

/** One version's change against the version before it. */
interface Step {
  version: number;
  from: number;
  /** End of the replaced range, in the previous version. */
  to: number;
  oldLength: number;
  newLength: number;
}

/** How many versions back `changeSince` can answer (a burst coalesced into one check is far shorter). */
const STEPS_KEPT = 64;

/** The whole text of an earlier version and the replacements since, oldest first. */
interface Derivation {
  text: string;
  edits: readonly Replacement[];
}

/** Replacements a derivation may hold before the rope is flattened instead. */
const EDITS_DERIVED = 64;

export class RopeDocument implements TextDocument {
  private flat: string | undefined;
  /**
   * How to make `flat` from an earlier version's: the text with the few replacements since is a
   * copy of two or three pieces, where flattening the rope walks tens of thousands of lines
   * (4–5 ms a keystroke at 1 MB, measured in the profile of issue 13).
   */
  private derivation: Derivation | undefined;
  /** The text as the parser reads it, made once per version (see source()). */
  private patched: Source | undefined;
  private slowDocument: TextDocument | undefined;

  private constructor(
    readonly uri: string,
    readonly languageId: string,
    readonly version: number,
    /** The text, split at `\n` only: a `\r` before it stays at the end of its line. */
    readonly rope: Text,
    /** Lone `\r` line breaks, which the rope does not see as lines: positions then go the slow way. */
    private readonly loneCRs: number,
    private readonly steps: readonly Step[],
  ) {}

  static create(uri: string, languageId: string, version: number, content: string): RopeDocument {
    const doc = new RopeDocument(uri, languageId, version, ropeOf(content), countLoneCRs(content, true), []);
    // The text as it came: the base the next versions are read from (source()).
    doc.flat = content;
    return doc;
  }

  /**
   * Applies LSP content changes in order. A range is clamped to the document, as the stock
   * TextDocument does with offsets; `onOutOfRange` hears of a range that starts past the last line
   * (the editor and the server disagree about the text, which only a full resync can settle).
   */
  static update(doc: RopeDocument, changes: readonly TextDocumentContentChangeEvent[], version: number, onOutOfRange?: (range: Range) => void): RopeDocument {
    let rope = doc.rope;
    let loneCRs = doc.loneCRs;
    let current: RopeDocument = doc;
    const steps = doc.steps.length >= STEPS_KEPT ? doc.steps.slice(doc.steps.length - STEPS_KEPT + 1) : doc.steps.slice();
    const base = doc.flat !== undefined ? { text: doc.flat, edits: [] } : doc.derivation;
    const edits = base ? base.edits.slice() : [];
    for (const change of changes) {
      const oldLength = rope.length;
      let from = 0;
      let to = oldLength;
      if ('range' in change && change.range) {
        const range = wellFormed(change.range);
        if (range.start.line >= current.lineCount || range.start.line < 0) onOutOfRange?.(change.range);
        from = current.offsetAt(range.start);
        to = current.offsetAt(range.end);
      }
      const before = windowCRs(rope, from, to);
      rope = rope.replace(from, to, ropeOf(change.text));
      loneCRs += windowCRs(rope, from, from + change.text.length) - before;
      steps.push({ version, from, to, oldLength, newLength: rope.length });
      edits.push({ from, to, text: change.text });
      current = new RopeDocument(doc.uri, doc.languageId, version, rope, loneCRs, steps);
    }
    const next = changes.length ? current : new RopeDocument(doc.uri, doc.languageId, version, rope, loneCRs, steps);
    if (base && edits.length <= EDITS_DERIVED) next.derivation = { text: base.text, edits };
    return next;
  }

  get lineCount(): number {
    return this.loneCRs ? this.slow().lineCount : this.rope.lines;
  }

  get length(): number {
    return this.rope.length;
  }

  getText(range?: Range): string {
    if (!range) return (this.flat ??= this.flatten());
    return this.slice(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  private flatten(): string {
    // The earlier version's string goes with the derivation, whichever way the whole is made.
    const derivation = this.derivation;
    this.derivation = undefined;
    // The parser's view, when it has one: already one string if a feature asked for it, else
    // made in one copy (not one per replacement: each slice of a joined string copies it all).
    if (this.patched) return this.patched.toString();
    if (!derivation) return this.rope.sliceString(0);
    return Source.patched(derivation.text, derivation.edits).toString();
  }

  /**
   * The text as the parser reads it (core/source.ts): an earlier version's string with the
   * replacements since, so that a keystroke does not make the whole new text into one string.
   */
  source(): Source {
    if (this.flat !== undefined) return this.patched?.isFlat ? this.patched : (this.patched = Source.of(this.flat));
    const derivation = this.derivation;
    if (derivation) return (this.patched ??= Source.patched(derivation.text, derivation.edits));
    return (this.patched = Source.of(this.getText()));
  }

  /**
   * Replacements the text holds since it was last one string: each makes reading it a little
   * slower, and past EDITS_DERIVED the next version must be made from the rope, so the server
   * asks for the whole text (getText) while the user pauses.
   */
  get replacementsSinceFlat(): number {
    return this.flat !== undefined ? 0 : (this.derivation?.edits.length ?? Infinity);
  }

  /** text[from, to) without flattening the rest. */
  slice(from: number, to: number): string {
    return this.flat !== undefined ? this.flat.slice(from, to) : this.rope.sliceString(from, to);
  }

  positionAt(offset: number): Position {
    if (this.loneCRs) return this.slow().positionAt(offset);
    offset = Math.max(Math.min(offset, this.rope.length), 0);
    const line = this.rope.lineAt(offset);
    // The line's text holds no '\n', and a '\r' only as the first half of a '\r\n' at its end (lone
    // ones went the slow way): an offset between the two moves back before the '\r'. Read from the
    // line found, not from the rope again (two searches of the tree a position, 600 per keystroke
    // for the diagnostics of a long draft).
    const character = offset - line.from;
    const inBreak = character > 0 && character === line.length && line.text.charCodeAt(character - 1) === 13;
    return { line: line.number - 1, character: inBreak ? character - 1 : character };
  }

  offsetAt(position: Position): number {
    if (this.loneCRs) return this.slow().offsetAt(position);
    if (position.line >= this.rope.lines) return this.rope.length;
    if (position.line < 0) return 0;
    const line = this.rope.line(position.line + 1);
    if (position.character <= 0) return line.from;
    const next = position.line + 1 < this.rope.lines ? line.to + 1 : this.rope.length;
    return this.beforeEol(Math.min(line.from + position.character, next), line.from);
  }

  getLineRange(line: number): Range {
    if (this.loneCRs) return this.slow().getLineRange(line);
    const last = this.rope.lines - 1;
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const n = Math.min(line, last);
    const l = this.rope.line(n + 1);
    const end = line > last ? this.rope.length : this.beforeEol(l.to, l.from);
    return { start: { line: n, character: 0 }, end: { line: n, character: end - l.from } };
  }

  getEOLCharacters(line: number): string {
    if (this.loneCRs) return this.slow().getEOLCharacters(line);
    if (line < 0 || line >= this.rope.lines) return '';
    const l = this.rope.line(line + 1);
    const next = line + 1 < this.rope.lines ? l.to + 1 : this.rope.length;
    return this.rope.sliceString(this.beforeEol(next, l.from), next);
  }

  /**
   * What changed since an earlier version of this document, as the common prefix and suffix of the
   * two texts; undefined when that version is too old to tell (the caller compares the texts).
   */
  changeSince(version: number): TextDelta | undefined {
    if (version === this.version) return { prefix: this.rope.length, suffix: 0 };
    const first = this.steps.findIndex((s) => s.version > version);
    // The step right after `version` must be kept, else some change in between is unknown.
    if (first < 0 || (first === 0 && this.steps.length === STEPS_KEPT)) return undefined;
    // Positions before every change's start, and after every change's end counted from the end,
    // are those of both versions.
    let prefix = Infinity;
    let suffix = Infinity;
    for (let i = first; i < this.steps.length; i++) {
      const s = this.steps[i];
      prefix = Math.min(prefix, s.from);
      suffix = Math.min(suffix, s.oldLength - s.to);
    }
    const oldLength = this.steps[first].oldLength;
    suffix = Math.max(0, Math.min(suffix, oldLength - prefix, this.rope.length - prefix));
    return { prefix, suffix };
  }

  /** Moves an offset that points into or after a line break back before it. */
  private beforeEol(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.rope.sliceString(offset - 1, offset);
      if (c !== '\n' && c !== '\r') break;
      offset--;
    }
    return offset;
  }

  private slow(): TextDocument {
    return (this.slowDocument ??= TextDocument.create(this.uri, this.languageId, this.version, this.getText()));
  }
}

/** The `{ create, update }` that `new TextDocuments(...)` takes. */
export function ropeDocuments(onOutOfRange?: (uri: string, range: Range) => void) {
  return {
    create: RopeDocument.create,
    update: (doc: RopeDocument, changes: TextDocumentContentChangeEvent[], version: number) =>
      RopeDocument.update(doc, changes, version, onOutOfRange && ((range) => onOutOfRange(doc.uri, range))),
  };
}

function ropeOf(text: string): Text {
  return Text.of(text.split('\n'));
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/**
 * Lone `\r` around [from, to) of the rope: from one character before to two after, since whether a
 * `\r` is lone depends on the character after it. The same stretch counted before and after an
 * edit gives the change in the count.
 */
function windowCRs(rope: Text, from: number, to: number): number {
  const start = Math.max(0, from - 1);
  const end = Math.min(rope.length, to + 2);
  return countLoneCRs(rope.sliceString(start, end), end === rope.length);
}

/** `\r` not followed by `\n`; the last character counts only at the end of the document. */
function countLoneCRs(s: string, atEnd: boolean): number {
  if (!s.includes('\r')) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 13) continue;
    if (i + 1 < s.length ? s.charCodeAt(i + 1) !== 10 : atEnd) n++;
  }
  return n;
}
