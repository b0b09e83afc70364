// The first keystrokes after a document is opened cost two to three times what later ones do: V8
// compiles a function with its optimising compiler only once it has run for a while, and a cold
// open runs the full parse, not the edit path (the document store's edit, the incremental parse,
// the checks over a model that changed by one character, the diagnostics). Once per process, while
// the user reads the first submission opened, the server types into a private copy of that
// document's opening stretch through the same code as a real keystroke, so that the real ones
// find it compiled (docs/performance.md, "The first keystrokes"). Nothing of it is kept or sent.
import { RopeDocument } from './documents';
import type { CheckOptions } from './rules/index';
import { AnalysisCache } from './service/analysis';
import { toDiagnostic } from './features/diagnostics';

/** How much of the document is copied: enough for paragraphs, lists, citations and exhibits. */
export const SAMPLE_CHARS = 32_768;
/**
 * How many characters are typed. Measured in-process at 250 KB (docs/performance.md): the first ten
 * real keystrokes took 18 ms on average unprimed, 9.5 ms after 300, 6.7 ms after 1,000 (later ones
 * 4.5 ms); 300 take 0.3 to 0.8 s of idle time, 1,000 three times as long.
 */
export const PRIMING_KEYSTROKES = 300;
/**
 * How many are typed again once the first submission has been re-cut (server.ts, reprimeWhenIdle).
 * Measured with bench/first-keystrokes.ts at 250 KB (docs/performance.md, "Priming again after
 * re-cutting"): the p95 of the first 40 keystrokes was 7.4-15.7 ms without, 4.7-10.5 ms after 150
 * more (six alternated pairs, lower in five); 150 take about a quarter of a second of idle time.
 */
export const REPRIMING_KEYSTROKES = 150;
/** Typed a character at a time: words and spaces (derived without parsing), a comma and digits (parsed). */
const PHRASE = ' and the court held, on 12 May 2021, that the request was disproportionate';
/** Places in the copy where the phrase is typed in turn. */
const PLACES = 3;

/** The document's opening stretch, cut at a paragraph's end, and where to type in it. */
export function primingSample(text: string, maxChars = SAMPLE_CHARS): { text: string; places: number[] } {
  let sample = text;
  if (text.length > maxChars) {
    const end = text.indexOf('\n\n', maxChars);
    sample = text.slice(0, end < 0 || end > 2 * maxChars ? maxChars : end + 1);
  }
  // After a full stop in running text, spread over the second half of the copy (past the frontmatter).
  const places: number[] = [];
  for (let i = 0; i < PLACES; i++) {
    const at = sample.indexOf('. ', Math.floor((sample.length * (PLACES + i)) / (2 * PLACES)));
    if (at >= 0 && !places.includes(at + 1)) places.push(at + 1);
  }
  if (!places.length) places.push(sample.length);
  return { text: sample, places };
}

/**
 * Types `keystrokes` characters into a copy of `sample`, one version per character, each checked as
 * the server checks an edit. A generator: it pauses after every keystroke, so the caller can give
 * way to real work. Returns how many were typed and the copy's last text.
 */
export function* primeEditPath(
  sample: { text: string; places: number[] },
  options: CheckOptions,
  docsBase: string,
  keystrokes = PRIMING_KEYSTROKES,
): Generator<void, { typed: number; text: string }, void> {
  let doc = RopeDocument.create('untitled:priming', 'markdown', 1, sample.text);
  // Its own cache: the server's holds the user's documents, and this copy must leave no trace there.
  const cache = new AnalysisCache(() => options);
  cache.get(doc);
  const places = sample.places.slice();
  const perPlace = Math.ceil(keystrokes / places.length);
  for (let typed = 0; typed < keystrokes; typed++) {
    const place = Math.floor(typed / perPlace);
    const i = typed % perPlace;
    // Characters typed at earlier places moved the later ones.
    const at = places[place] + i;
    const position = doc.positionAt(at);
    doc = RopeDocument.update(doc, [{ range: { start: position, end: position }, text: PHRASE[i % PHRASE.length] }], doc.version + 1);
    for (let p = place + 1; p < places.length; p++) if (places[p] >= places[place]) places[p]++;
    for (const f of cache.get(doc).findings) toDiagnostic(doc, f, docsBase);
    yield;
  }
  return { typed: keystrokes, text: doc.getText() };
}
