// Trees from the incremental parser hold points relative to their block (server/src/core/
// anchoredPoints.ts); a full parse holds plain ones. To compare the two as values, both are copied
// with every point made plain: same line, column and offset, or the comparison fails.
import { AnchoredPoint } from '../../server/src/core/anchoredPoints';

export function withPlainPoints<T>(value: T): T {
  return plain(value, new Map()) as T;
}

function plain(value: unknown, seen: Map<object, unknown>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const done = seen.get(value);
  if (done !== undefined) return done;
  if (value instanceof AnchoredPoint) return value.toJSON();
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const v of value) out.push(plain(v, seen));
    return out;
  }
  if (value instanceof Map) {
    const out = new Map();
    seen.set(value, out);
    for (const [k, v] of value) out.set(plain(k, seen), plain(v, seen));
    return out;
  }
  if (value instanceof Set) {
    const out = new Set();
    seen.set(value, out);
    for (const v of value) out.add(plain(v, seen));
    return out;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = Object.create(proto);
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[k] = plain(v, seen);
  return out;
}
