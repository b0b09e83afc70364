// A document's text as the parser and the checks read it: a string, or an earlier version's string
// with the few replacements made since, read by characters and slices without ever being made
// into one string again. Making the new text of a long document one string at every keystroke
// costs V8 a fresh allocation of the whole of it (1 MB a keystroke at 1 MB, one third of the
// keystroke's time; docs/performance.md), though a keystroke reads only a few hundred characters
// around the edit and the spans of what it reports.
//
// The methods are those of String the parser uses, with the same results for the same arguments
// (test/unit/source.test.ts compares them on random texts and edits). Whatever needs the whole
// text as a string asks for it (`toString`), and pays for it once per version.

/** The text as a Source, for functions that take either (a string costs no copy). */
export function sourceOf(text: string | Source): Source {
  return typeof text === 'string' ? Source.of(text) : text;
}

/** An offset as String's methods read it (ToIntegerOrInfinity): NaN is 0, fractions are cut. */
function integer(x: number): number {
  return x === x ? Math.trunc(x) : 0;
}

/** One stretch of the text: `s.slice(from, to)`, starting at `at` in the whole. */
interface Piece {
  s: string;
  from: number;
  to: number;
  at: number;
}

/** A replacement of [from, to) by `text`, in the coordinates of the text before it. */
export interface Replacement {
  from: number;
  to: number;
  text: string;
}

export class Source {
  /** The whole text, when it is one string (or once asked for as one). */
  private flat: string | undefined;
  /** The last piece read: reads near each other fall in the same one. */
  private hit = 0;

  private constructor(
    flat: string | undefined,
    private readonly pieces: readonly Piece[],
    readonly length: number,
  ) {
    this.flat = flat;
  }

  static of(text: string): Source {
    return new Source(text, [], text.length);
  }

  /** `base` with the replacements applied in order, each in the coordinates the one before left. */
  static patched(base: string, replacements: readonly Replacement[]): Source {
    if (!replacements.length) return Source.of(base);
    let pieces: Piece[] = base.length ? [{ s: base, from: 0, to: base.length, at: 0 }] : [];
    let length = base.length;
    for (const r of replacements) {
      // Clamped to the text, as the store clamps a change's range.
      const from = Math.max(0, Math.min(r.from, length));
      const to = Math.max(from, Math.min(r.to, length));
      pieces = replaced(pieces, from, to, r.text);
      length += r.text.length - (to - from);
    }
    if (pieces.length <= 1) return Source.of(pieces.length ? pieces[0].s.slice(pieces[0].from, pieces[0].to) : '');
    return new Source(undefined, pieces, length);
  }

  /** Whether the whole text is already one string (reading it as one costs nothing). */
  get isFlat(): boolean {
    return this.flat !== undefined;
  }

  charCodeAt(index: number): number {
    const flat = this.flat;
    if (flat !== undefined) return flat.charCodeAt(index);
    const p = this.pieces[this.hit];
    const i = index - p.at;
    if (i >= 0 && i < p.to - p.from) return p.s.charCodeAt(p.from + i);
    index = integer(index);
    if (!(index >= 0 && index < this.length)) return NaN;
    const q = this.pieces[(this.hit = this.pieceAt(index))];
    return q.s.charCodeAt(q.from + index - q.at);
  }

  charAt(index: number): string {
    const c = this.charCodeAt(index);
    return c === c ? String.fromCharCode(c) : '';
  }

  /** As String.prototype.slice, negative offsets included. */
  slice(start = 0, end = this.length): string {
    const flat = this.flat;
    if (flat !== undefined) return flat.slice(start, end);
    const n = this.length;
    start = integer(start);
    end = integer(end);
    let from = start < 0 ? Math.max(n + start, 0) : Math.min(start, n);
    const to = end < 0 ? Math.max(n + end, 0) : Math.min(end, n);
    if (from >= to) return '';
    let k = this.pieceAt(from);
    this.hit = k;
    let out = '';
    while (from < to) {
      const p = this.pieces[k++];
      const stop = Math.min(to, p.at + p.to - p.from);
      out += p.s.slice(p.from + from - p.at, p.from + stop - p.at);
      from = stop;
    }
    return out;
  }

  startsWith(search: string, position = 0): boolean {
    const at = Math.min(Math.max(integer(position), 0), this.length);
    return this.slice(at, at + search.length) === search;
  }

  includes(search: string, position = 0): boolean {
    return this.indexOf(search, position) >= 0;
  }

  /** As String.prototype.indexOf. */
  indexOf(search: string, position = 0): number {
    const flat = this.flat;
    if (flat !== undefined) return flat.indexOf(search, position);
    const from = Math.min(Math.max(integer(position), 0), this.length);
    if (!search.length) return from;
    const reach = search.length - 1;
    for (let k = this.pieceAt(from); k < this.pieces.length; k++) {
      const p = this.pieces[k];
      const end = p.at + p.to - p.from;
      // Inside the piece (a view on its string: nothing copied), then across its end.
      const start = Math.max(from, p.at);
      const inside = p.s.slice(p.from, p.to).indexOf(search, start - p.at);
      if (inside >= 0) return p.at + inside;
      if (k + 1 < this.pieces.length && reach) {
        const w = Math.max(start, end - reach);
        const across = this.slice(w, end + reach).indexOf(search);
        if (across >= 0) return w + across;
      }
    }
    return -1;
  }

  /** As String.prototype.lastIndexOf: the last match that starts at or before `position`. */
  lastIndexOf(search: string, position = Infinity): number {
    const flat = this.flat;
    if (flat !== undefined) return flat.lastIndexOf(search, position);
    const last = Math.min(Math.max(position === position ? integer(position) : Infinity, 0), this.length);
    if (!search.length) return last;
    const reach = search.length - 1;
    for (let k = this.pieceAt(Math.min(last, this.length - 1)); k >= 0; k--) {
      const p = this.pieces[k];
      const end = p.at + p.to - p.from;
      // Across the piece's end first (those matches start after every match inside it).
      if (k + 1 < this.pieces.length && reach && last > end - search.length) {
        const w = Math.max(p.at, end - reach);
        const window = this.slice(w, end + reach);
        const across = window.lastIndexOf(search, last - w);
        if (across >= 0 && w + across + search.length > end) return w + across;
      }
      const inside = p.s.slice(p.from, p.to).lastIndexOf(search, last - p.at);
      if (inside >= 0) return p.at + inside;
    }
    return -1;
  }

  /** The whole text as one string, made once (a long document's copy: ask only when needed). */
  toString(): string {
    return (this.flat ??= this.slice(0, this.length));
  }

  toJSON(): string {
    return this.toString();
  }

  /** Index of the piece holding `index` (the last piece for the end of the text). */
  private pieceAt(index: number): number {
    const pieces = this.pieces;
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].at <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** The pieces with [from, to) replaced by `text`. */
function replaced(pieces: readonly Piece[], from: number, to: number, text: string): Piece[] {
  const out: Piece[] = [];
  const delta = text.length - (to - from);
  let inserted = !text.length;
  for (const p of pieces) {
    const end = p.at + p.to - p.from;
    if (end <= from) {
      out.push(p);
      continue;
    }
    if (p.at >= to) {
      if (!inserted) {
        out.push({ s: text, from: 0, to: text.length, at: from });
        inserted = true;
      }
      out.push({ s: p.s, from: p.from, to: p.to, at: p.at + delta });
      continue;
    }
    // The piece overlaps [from, to): keep what lies before and after it.
    if (p.at < from) out.push({ s: p.s, from: p.from, to: p.from + (from - p.at), at: p.at });
    if (!inserted) {
      out.push({ s: text, from: 0, to: text.length, at: from });
      inserted = true;
    }
    if (end > to) out.push({ s: p.s, from: p.from + (to - p.at), to: p.to, at: to + delta });
  }
  if (!inserted) out.push({ s: text, from: 0, to: text.length, at: from });
  return out;
}
