/**
 * Near-duplicate problem titles (quick capture, the workshop's capture step): "Order-status calls swamp the service
 * desk" and "The service desk is swamped by order status calls" are the same problem, told twice.
 *
 * A title is normalised first: lower case, accents dropped ("é" → "e"), punctuation read as a space ("order-status" →
 * "order status"), common English words that carry no meaning dropped ("the", "is", "by", "too", "many"…), and a light
 * stemming so "calls" / "call" and "swamped" / "swamp" count as one word. Two titles are then compared by
 *   similarity = ½ · Jaccard(word sets) + ½ · Jaccard(character-trigram sets)
 * (the trigrams are those of each word padded with a space at each end, so word order does not matter and a typo
 * costs only a few trigrams). Titles whose similarity is at least NEAR_DUPLICATE_THRESHOLD are flagged; equal
 * normalised titles are "the same". A flag is a hint: the user can still add the title.
 *
 * Speed: an index keeps, per trigram, the titles holding it, so a title is compared only with the titles that share a
 * trigram with it, and the word sets only where the trigram score could still reach the threshold.
 */

/** Flag a pair at or above this similarity (0…1). Chosen on hand-picked pairs (tests/unit/workshop/nearDuplicates.test.ts). */
export const NEAR_DUPLICATE_THRESHOLD = 0.55;

const WORD_WEIGHT = 0.5;
const TRIGRAM_WEIGHT = 1 - WORD_WEIGHT;

/** Words that say nothing about which problem it is. */
const STOP_WORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about as than then so ' +
    'is are was were be been being am do does did done has have had having get gets got getting ' +
    'it its it\'s this that these those there here their they them our we us you your my i me he she his her ' +
    'too very much many lot lots some any all every each more most less least just still also even only quite really ' +
    'can could will would should shall may might must up out off again when while where which who whom whose what why how'
  ).split(' '),
);

/** Lower case, no accents, letters and digits only (everything else separates words). */
function words(title: string): string[] {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** A light English stemmer: plural and past endings, and a final "e" (invoice/invoices, approve/approved → one stem). */
export function stem(word: string): string {
  if (!/^\p{L}+$/u.test(word) || word.length <= 3) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** The words of a title that are compared, stemmed, once each, in order of first appearance. */
export function titleWords(title: string): string[] {
  const all = words(title);
  const content = all.filter((w) => !STOP_WORDS.has(w));
  // A title of stop words only ("It is what it is") is compared on all its words rather than on none.
  return [...new Set((content.length > 0 ? content : all).map(stem))];
}

/** The normalised title: its compared words joined by spaces (equal for titles that differ only in case, accents, punctuation or stop words). */
export function normaliseTitle(title: string): string {
  return titleWords(title).join(' ');
}

function trigramsOf(stemmedWords: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of stemmedWords) {
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  }
  return out;
}

interface Fingerprint {
  key: string;
  words: ReadonlySet<string>;
  trigrams: ReadonlySet<string>;
}

function fingerprint(title: string): Fingerprint {
  const w = titleWords(title);
  return { key: w.join(' '), words: new Set(w), trigrams: trigramsOf(w) };
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Similarity of two titles, 0 (nothing alike) to 1 (the same once normalised). */
export function titleSimilarity(a: string, b: string): number {
  const fa = fingerprint(a);
  const fb = fingerprint(b);
  if (fa.key === '' || fb.key === '') return 0;
  if (fa.key === fb.key) return 1;
  return WORD_WEIGHT * jaccard(fa.words, fb.words) + TRIGRAM_WEIGHT * jaccard(fa.trigrams, fb.trigrams);
}

/** The closest indexed title: `exact` when both normalise to the same words. */
export interface NearDuplicate<T> {
  item: T;
  title: string;
  score: number;
  exact: boolean;
}

/** Titles indexed for repeated look-ups (the workspace's problems; then each pasted line as it is checked). */
export interface NearDuplicateIndex<T> {
  readonly size: number;
  add(item: T, title: string): void;
  /** The most similar indexed title at or above the threshold, or null. */
  closest(title: string, threshold?: number): NearDuplicate<T> | null;
}

interface Entry<T> extends Fingerprint {
  item: T;
  title: string;
}

export function nearDuplicateIndex<T>(items: readonly T[] = [], titleOf: (item: T) => string = String): NearDuplicateIndex<T> {
  const entries: Entry<T>[] = [];
  const byTrigram = new Map<string, number[]>();
  const byKey = new Map<string, number>();
  let counts = new Int32Array(16);

  function add(item: T, title: string): void {
    const f = fingerprint(title);
    if (f.key === '') return;
    const at = entries.length;
    entries.push({ ...f, item, title });
    if (!byKey.has(f.key)) byKey.set(f.key, at);
    for (const t of f.trigrams) {
      const list = byTrigram.get(t);
      if (list) list.push(at);
      else byTrigram.set(t, [at]);
    }
  }
  for (const item of items) add(item, titleOf(item));

  return {
    get size() {
      return entries.length;
    },
    add,
    closest(title, threshold = NEAR_DUPLICATE_THRESHOLD) {
      const q = fingerprint(title);
      if (q.key === '') return null;
      const same = byKey.get(q.key);
      if (same !== undefined) {
        const e = entries[same]!;
        return { item: e.item, title: e.title, score: 1, exact: true };
      }
      if (counts.length < entries.length) counts = new Int32Array(entries.length * 2);
      const touched: number[] = [];
      for (const t of q.trigrams) {
        for (const at of byTrigram.get(t) ?? []) {
          if (counts[at] === 0) touched.push(at);
          counts[at]! += 1;
        }
      }
      let best: Entry<T> | null = null;
      let bestAt = -1;
      let bestScore = -1;
      for (const at of touched) {
        const e = entries[at]!;
        const shared = counts[at]!;
        counts[at] = 0;
        const trigramScore = shared / (q.trigrams.size + e.trigrams.size - shared);
        // The word score is at most 1: skip the word sets where even that cannot reach the threshold or the best so far.
        if (WORD_WEIGHT + TRIGRAM_WEIGHT * trigramScore < Math.max(threshold, bestScore)) continue;
        const score = WORD_WEIGHT * jaccard(q.words, e.words) + TRIGRAM_WEIGHT * trigramScore;
        // Equal scores: the title indexed first (the older problem, the earlier line).
        if (score > bestScore || (score === bestScore && at < bestAt)) {
          best = e;
          bestAt = at;
          bestScore = score;
        }
      }
      if (!best || bestScore < threshold) return null;
      return { item: best.item, title: best.title, score: bestScore, exact: false };
    },
  };
}

/** Why a pasted line is flagged: it nearly repeats a problem of the workspace, or an earlier line of the same list. */
export type LineFlag<T> =
  | { kind: 'existing'; item: T; title: string; score: number; exact: boolean }
  | { kind: 'line'; line: number; title: string; score: number; exact: boolean };

/**
 * Flags each line that nearly repeats an existing problem (`existing`, built once for the workspace) or an earlier
 * line of the list (the first of two similar lines is not flagged; the second names it by its 0-based index). Where both
 * match, the closer one is named, the workspace's problem on a tie.
 */
export function flagLines<T>(lines: readonly string[], existing: NearDuplicateIndex<T>, threshold = NEAR_DUPLICATE_THRESHOLD): (LineFlag<T> | null)[] {
  const earlier = nearDuplicateIndex<number>();
  return lines.map((line, i) => {
    const inWorkspace = existing.closest(line, threshold);
    const inList = earlier.closest(line, threshold);
    earlier.add(i, line);
    if (inWorkspace && (!inList || inWorkspace.score >= inList.score)) return { kind: 'existing', ...inWorkspace };
    if (inList) return { kind: 'line', line: inList.item, title: inList.title, score: inList.score, exact: inList.exact };
    return null;
  });
}
