import { z } from '@shared/zod';
import { EXCLUSION_REASONS, type FundingResult } from '@shared/portfolio';

/**
 * Proven funding answers kept across reloads and restarts (in this browser profile's local storage, never in the
 * workspace), keyed by a fingerprint of the funding problem: the same candidates, figures and rules give the same
 * key. Opening the portfolio page again then shows the answer at once instead of searching again. Only answers that
 * do not depend on how long the search ran are kept (optimal, infeasible); a "best found" answer is searched again.
 * The engine version is part of the key: a new version of the search never reuses an old version's answers.
 */
export const FUNDING_ENGINE_VERSION = 3;
const PREFIX = 'lastmile.funding.';
const INDEX_KEY = `${PREFIX}index`;
/** Answers kept (the latest plan states of the latest workspaces); each is a few hundred kB at 5,000 candidates. */
const KEEP = 6;

const exclusionSchema = z.object({ id: z.string(), reason: z.enum(EXCLUSION_REASONS), detail: z.string() });
/** The facts of a proven answer's sentence (FundingWhy): optimal, or why no set can be funded. */
const whySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('optimal') }),
  z.object({ kind: z.literal('share-impossible'), share: z.number() }),
  z.object({ kind: z.literal('forced-same-problem'), first: z.string(), second: z.string() }),
  z.object({ kind: z.literal('forced-over-budget'), need: z.number(), budget: z.number() }),
  z.object({ kind: z.literal('forced-over-cap'), planYear: z.number(), need: z.number(), cap: z.number() }),
]);
const resultSchema = z.object({
  status: z.enum(['optimal', 'infeasible']),
  selectedIds: z.array(z.string()),
  totalInvestment: z.number(),
  totalValue: z.number(),
  investmentByYear: z.array(z.number()),
  valueCreationShare: z.number(),
  excluded: z.array(exclusionSchema),
  nodesExplored: z.number(),
  bound: z.number().optional(),
  why: whySchema,
  message: z.string(),
});
const entrySchema = z.object({ fingerprint: z.string(), candidateCount: z.number(), result: resultSchema });

/**
 * Two 53-bit string hashes (cyrb53 with seeds 1 and 2) in one pass over the text, in hex: a 106-bit fingerprint.
 * The text can be a megabyte (the candidates of a 5,000-candidate portfolio): one loop reads each character once.
 */
function hash106(text: string): string {
  let a1 = 0xdeadbeef ^ 1;
  let a2 = 0x41c6ce57 ^ 1;
  let b1 = 0xdeadbeef ^ 2;
  let b2 = 0x41c6ce57 ^ 2;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    a1 = Math.imul(a1 ^ ch, 2654435761);
    a2 = Math.imul(a2 ^ ch, 1597334677);
    b1 = Math.imul(b1 ^ ch, 2654435761);
    b2 = Math.imul(b2 ^ ch, 1597334677);
  }
  return finish(a1, a2) + finish(b1, b2);
}

function finish(h1: number, h2: number): string {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The fingerprint of a text (with the engine version): of a funding problem's key, or of a candidate list's text. */
export function fingerprintOf(problemKey: string): string {
  return hash106(`${FUNDING_ENGINE_VERSION}|${problemKey}`);
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function readIndex(store: Storage): string[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(INDEX_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The kept answer of the problem with this key, or null. An entry that does not read back as a proven answer over
 * exactly these candidates (damaged, edited by hand, another app version) is ignored and dropped.
 */
export function keptAnswer(problemKey: string, candidateIds: readonly string[]): FundingResult | null {
  const store = storage();
  if (!store) return null;
  const fingerprint = fingerprintOf(problemKey);
  const raw = store.getItem(PREFIX + fingerprint);
  if (raw === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = null;
  }
  const entry = entrySchema.safeParse(parsed);
  const known = new Set(candidateIds);
  const fits =
    entry.success &&
    entry.data.fingerprint === fingerprint &&
    entry.data.candidateCount === candidateIds.length &&
    entry.data.result.selectedIds.every((id) => known.has(id)) &&
    entry.data.result.excluded.every((e) => known.has(e.id));
  if (!fits) {
    forget(store, fingerprint);
    return null;
  }
  return entry.data.result;
}

function forget(store: Storage, fingerprint: string): void {
  try {
    store.removeItem(PREFIX + fingerprint);
    store.setItem(INDEX_KEY, JSON.stringify(readIndex(store).filter((f) => f !== fingerprint)));
  } catch {
    // nothing kept is nothing lost: the answer is searched again
  }
}

/** Keeps a proven answer (optimal or infeasible) for the next opening; a full storage only means it is not kept. */
export function keepAnswer(problemKey: string, candidateCount: number, result: FundingResult): void {
  if (result.status !== 'optimal' && result.status !== 'infeasible') return;
  const store = storage();
  if (!store) return;
  const fingerprint = fingerprintOf(problemKey);
  const index = [fingerprint, ...readIndex(store).filter((f) => f !== fingerprint)];
  try {
    for (const old of index.slice(KEEP)) store.removeItem(PREFIX + old);
    store.setItem(PREFIX + fingerprint, JSON.stringify({ fingerprint, candidateCount, result }));
    store.setItem(INDEX_KEY, JSON.stringify(index.slice(0, KEEP)));
  } catch {
    forget(store, fingerprint);
  }
}

/** Answers waiting to be kept, by problem key: written once the window is idle, or as the page goes away. */
const pending = new Map<string, () => void>();
let flushOnHide = false;

/**
 * keepAnswer once the window is idle: writing a few hundred kB to local storage stays off the way between an answer
 * and its painting. A reload or close before then writes it as the page goes away.
 */
export function keepAnswerSoon(problemKey: string, candidateCount: number, result: FundingResult): void {
  if (result.status !== 'optimal' && result.status !== 'infeasible') return;
  const write = () => {
    if (pending.get(problemKey) !== write) return;
    pending.delete(problemKey);
    keepAnswer(problemKey, candidateCount, result);
  };
  pending.set(problemKey, write);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(write, { timeout: 1_000 });
  else setTimeout(write, 0);
  if (!flushOnHide && typeof addEventListener === 'function') {
    flushOnHide = true;
    addEventListener('pagehide', () => [...pending.values()].forEach((w) => w()));
  }
}
