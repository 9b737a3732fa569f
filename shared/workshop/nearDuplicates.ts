/**
 * Near-duplicate problem titles (quick capture, the workshop's capture step): "Order-status calls swamp the service
 * desk" and "The service desk is swamped by order status calls" are the same problem, told twice.
 *
 * A title is normalised first: lower case, accents dropped ("é" → "e"), punctuation read as a space ("order-status" →
 * "order status"), common English words that carry no meaning dropped ("the", "is", "by", "too", "many"…), and a light
 * stemming so "calls" / "call" and "swamped" / "swamp" count as one word. Two titles are then compared by
 *   similarity = ½ · Jaccard(word sets) + ½ · Jaccard(character-trigram sets)
 * (the trigrams are those of each word padded with a space at each end, so word order does not matter and a typo
 * costs only a few trigrams). Titles whose similarity is at least NEAR_DUPLICATE_THRESHOLD are flagged; titles made
 * of the same words once normalised, in any order, are "the same". A flag is a hint: the user can still add the title.
 *
 * Speed: an index keeps, per trigram and per word, the titles holding it, so a title is scored only against the
 * titles that share a trigram with it, from counts (no set is compared pair by pair).
 */

/** Flag a pair at or above this similarity (0…1). Chosen on hand-picked pairs (tests/unit/workshop/nearDuplicates.test.ts). */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

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

const ASCII = /^[\x20-\x7e]*$/;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

/** Lower case, no accents, letters and digits only (everything else separates words). */
function words(title: string): string[] {
  const plain = ASCII.test(title) ? title : title.normalize('NFKD').replace(/\p{M}+/gu, '');
  return plain
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(WORD_SEPARATORS)
    .filter((w) => w.length > 0);
}

/** A light English stemmer: plural and past endings, and a final "e" (invoice/invoices, approve/approved → one stem). */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
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

/** The trigrams of each word padded with a space at each end, each as a number (three UTF-16 units; no string built). */
function trigramsOf(stemmedWords: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (const w of stemmedWords) {
    let a = 32;
    let b = w.charCodeAt(0);
    for (let i = 1; i <= w.length; i++) {
      const c = i < w.length ? w.charCodeAt(i) : 32;
      out.add((a * 65536 + b) * 65536 + c);
      a = b;
      b = c;
    }
  }
  return out;
}

interface Fingerprint {
  /** The compared words in alphabetical order: equal keys are "the same" title, whatever the word order. */
  key: string;
  words: ReadonlySet<string>;
  trigrams: ReadonlySet<number>;
}

function fingerprint(title: string): Fingerprint {
  const w = titleWords(title);
  return { key: [...w].sort().join(' '), words: new Set(w), trigrams: trigramsOf(w) };
}

function jaccard<K>(a: ReadonlySet<K>, b: ReadonlySet<K>): number {
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

interface Entry<T> {
  item: T;
  title: string;
  wordCount: number;
  trigramCount: number;
}

/** The index's look-ups by fingerprint, so a pasted line is normalised once for both of its look-ups. */
interface ByFingerprint<T> {
  add(item: T, title: string, f: Fingerprint): void;
  closest(f: Fingerprint, threshold: number): NearDuplicate<T> | null;
}
const internals = new WeakMap<object, ByFingerprint<never>>();

export function nearDuplicateIndex<T>(items: readonly T[] = [], titleOf: (item: T) => string = String): NearDuplicateIndex<T> {
  const entries: Entry<T>[] = [];
  // A trigram, or a word, → the entries holding it.
  const byTrigram = new Map<number, number[]>();
  const byWord = new Map<string, number[]>();
  const byKey = new Map<string, number>();
  let trigramCounts = new Int32Array(64);
  let wordCounts = new Int32Array(64);

  function post<K>(postings: Map<K, number[]>, token: K, at: number): void {
    const list = postings.get(token);
    if (list) list.push(at);
    else postings.set(token, [at]);
  }
  function addFingerprint(item: T, title: string, f: Fingerprint): void {
    if (f.key === '') return;
    const at = entries.length;
    entries.push({ item, title, wordCount: f.words.size, trigramCount: f.trigrams.size });
    if (!byKey.has(f.key)) byKey.set(f.key, at);
    for (const t of f.trigrams) post(byTrigram, t, at);
    for (const w of f.words) post(byWord, w, at);
  }
  function closestTo(q: Fingerprint, threshold: number): NearDuplicate<T> | null {
    if (q.key === '') return null;
    const same = byKey.get(q.key);
    if (same !== undefined) {
      const e = entries[same]!;
      return { item: e.item, title: e.title, score: 1, exact: true };
    }
    if (trigramCounts.length < entries.length) {
      trigramCounts = new Int32Array(entries.length * 2);
      wordCounts = new Int32Array(entries.length * 2);
    }
    // Count, per indexed title, the trigrams and words it shares with the query: only titles sharing a trigram are scored.
    const touched: number[] = [];
    for (const t of q.trigrams) {
      const list = byTrigram.get(t);
      if (!list) continue;
      for (let i = 0; i < list.length; i++) {
        const at = list[i]!;
        if (trigramCounts[at] === 0) touched.push(at);
        trigramCounts[at]! += 1;
      }
    }
    // A shared word shares its trigrams, so every title counted here was touched above.
    for (const w of q.words) {
      const list = byWord.get(w);
      if (list) for (let i = 0; i < list.length; i++) wordCounts[list[i]!]! += 1;
    }
    let bestAt = -1;
    let bestScore = -1;
    for (let i = 0; i < touched.length; i++) {
      const at = touched[i]!;
      const e = entries[at]!;
      const sharedTrigrams = trigramCounts[at]!;
      const sharedWords = wordCounts[at]!;
      trigramCounts[at] = 0;
      wordCounts[at] = 0;
      const score =
        WORD_WEIGHT * (sharedWords / (q.words.size + e.wordCount - sharedWords)) +
        TRIGRAM_WEIGHT * (sharedTrigrams / (q.trigrams.size + e.trigramCount - sharedTrigrams));
      // Equal scores: the title indexed first (the older problem, the earlier line).
      if (score > bestScore || (score === bestScore && at < bestAt)) {
        bestAt = at;
        bestScore = score;
      }
    }
    if (bestAt < 0 || bestScore < threshold) return null;
    const best = entries[bestAt]!;
    return { item: best.item, title: best.title, score: bestScore, exact: false };
  }
  for (const item of items) {
    const title = titleOf(item);
    addFingerprint(item, title, fingerprint(title));
  }

  const index: NearDuplicateIndex<T> = {
    get size() {
      return entries.length;
    },
    add: (item, title) => addFingerprint(item, title, fingerprint(title)),
    closest: (title, threshold = NEAR_DUPLICATE_THRESHOLD) => closestTo(fingerprint(title), threshold),
  };
  internals.set(index, { add: addFingerprint, closest: closestTo } as ByFingerprint<never>);
  return index;
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
  const inExisting = internals.get(existing) as ByFingerprint<T> | undefined;
  const earlierIndex = nearDuplicateIndex<number>();
  const earlier = internals.get(earlierIndex) as ByFingerprint<number>;
  return lines.map((line, i) => {
    const f = fingerprint(line);
    const inWorkspace = inExisting ? inExisting.closest(f, threshold) : existing.closest(line, threshold);
    const inList = earlier.closest(f, threshold);
    earlier.add(i, line, f);
    if (inWorkspace && (!inList || inWorkspace.score >= inList.score)) return { kind: 'existing', ...inWorkspace };
    if (inList) return { kind: 'line', line: inList.item, title: inList.title, score: inList.score, exact: inList.exact };
    return null;
  });
}
