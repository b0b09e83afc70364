// Positions of a cached block's nodes, kept relative to the block. The incremental parser
// (incremental.ts) reuses a block's nodes while its text is unchanged, wherever the block has
// moved; an edit before it moves it. With absolute positions every keystroke rewrote the points of
// every node after the edit (a tenth of a keystroke's work at 1 MB, issue 13). Here each point
// holds its place in the block and reads the block's start from one shared `Base`: moving a block
// is writing its Base, whatever its size.
//
// Readers see ordinary mdast points (`line`, `column`, `offset`, and `JSON.stringify` gives those
// three); only code that builds or moves a block's nodes needs to know.

/** Where a block starts: what its nodes' points are relative to. */
export interface Base {
  offset: number;
  /** 0-based line of the block's first character. */
  line: number;
}

/** An mdast point inside a block, read against the block's Base. */
export class AnchoredPoint {
  constructor(
    private readonly base: Base,
    /** 1-based line within the block (micromark's line for the block parsed alone). */
    private readonly lineInBlock: number,
    readonly column: number,
    private readonly offsetInBlock: number,
  ) {}

  get line(): number {
    return this.base.line + this.lineInBlock;
  }

  get offset(): number {
    return this.base.offset + this.offsetInBlock;
  }

  /**
   * The same place in a block that starts at `base`; in one that starts `offset` characters and
   * `lines` lines further into the text than this point's block (a part of it).
   */
  on(base: Base, offset = 0, lines = 0): AnchoredPoint {
    return new AnchoredPoint(base, this.lineInBlock - lines, this.column, this.offsetInBlock - offset);
  }

  /** What a plain mdast point would serialise to. */
  toJSON(): { line: number; column: number; offset: number } {
    return { line: this.line, column: this.column, offset: this.offset };
  }
}

type RawPoint = { line: number; column: number; offset?: number };
export type Anchorable = { position?: { start: RawPoint; end: RawPoint }; children?: unknown[] };

/** A point at absolute `line` and `offset`, read against `base` from now on. */
export function anchoredPoint(base: Base, line: number, column: number, offset: number): AnchoredPoint {
  return new AnchoredPoint(base, line - base.line, column, offset - base.offset);
}

/**
 * Gives a freshly parsed block's nodes points anchored on `base`, in place: a node's point at
 * `offset` (`line`) in the text that was parsed is at `offset + delta` (`line + lineDelta`) in the
 * block; the deltas drop what was parsed before the block (definitions from elsewhere).
 */
export function anchor(node: Anchorable, base: Base, delta = 0, lineDelta = 0): void {
  const p = node.position;
  if (p) node.position = { start: fromRaw(p.start, base, delta, lineDelta), end: fromRaw(p.end, base, delta, lineDelta) };
  const children = node.children;
  if (children) for (let i = 0; i < children.length; i++) anchor(children[i] as Anchorable, base, delta, lineDelta);
}

function fromRaw(p: RawPoint, base: Base, delta: number, lineDelta: number): AnchoredPoint {
  return new AnchoredPoint(base, p.line + lineDelta, p.column, (p.offset ?? 0) + delta);
}

/**
 * A copy of anchored nodes whose points read `base` instead: for a block that occurs twice in the
 * text, or a caller that keeps earlier trees (their points must not move). With `offset` and
 * `lines`, for nodes taken out of a larger block into one that starts that much further on.
 */
export function reanchored<T extends Anchorable>(node: T, base: Base, offset = 0, lines = 0): T {
  const out = {} as Record<string, unknown>;
  for (const key in node) out[key] = (node as Record<string, unknown>)[key];
  const p = node.position;
  if (p) out.position = { start: (p.start as AnchoredPoint).on(base, offset, lines), end: (p.end as AnchoredPoint).on(base, offset, lines) };
  const children = node.children;
  if (children) {
    const copies = new Array(children.length);
    for (let i = 0; i < children.length; i++) copies[i] = reanchored(children[i] as Anchorable, base, offset, lines);
    out.children = copies;
  }
  return out as T;
}
