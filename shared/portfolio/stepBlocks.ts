import type { BoundTable } from './mckpBound';

/**
 * The LP bound of a node without scanning every hull step (mckpBound.ts). A table's steps are sorted by value per unit
 * of budget; a node at depth d uses only the steps of groups at positions ≥ d, so boundOf skips the others one by one
 * and costs O(steps) per node: at 5,000 candidates, a quarter of the search. Here the steps are cut into blocks of
 * BLOCK, each block holding the total cost and value of its steps still in play; a bound adds whole blocks while the
 * budget lasts and scans one block: O(steps / BLOCK + BLOCK). The depth a table's blocks reflect moves with the search
 * (one group's steps leave or come back per level), and a changed block is summed again from its steps, so repeated
 * moves never accumulate rounding. Equal to boundOf up to the order of floating-point additions.
 */

const BLOCK = 64;
/**
 * Tables of fewer steps are scanned: keeping their blocks costs about what it saves. (Every model of the benchmark's
 * families, up to 300 candidates, is scanned, as before; a 1,000-candidate portfolio has about 600–900 steps.)
 */
export const BLOCKS_FROM = 8 * BLOCK;

export interface StepBlocks {
  /** Steps of groups at positions ≥ depth are in play. */
  depth: number;
  inPlay: Uint8Array;
  blockCost: Float64Array;
  blockValue: Float64Array;
  /** The steps of each position: posSteps[posStart[p] … posStart[p + 1]), in table order. */
  posStart: Int32Array;
  posSteps: Int32Array;
}

/** Where a bound's budget ran out: the first step not taken whole (−1 when every step in play fits) and the share of it taken. */
export interface StepBreak {
  step: number;
  share: number;
}

/** The steps of each position of a table, in table order: posSteps[posStart[p] … posStart[p + 1]) (a counting sort). */
export function stepsByPosition(t: BoundTable): { posStart: Int32Array; posSteps: Int32Array } {
  const m = t.segPos.length;
  const G = t.firstAt.length - 1;
  const posStart = new Int32Array(G + 1);
  for (let s = 0; s < m; s++) {
    const next = (t.segPos[s] as number) + 1;
    posStart[next] = (posStart[next] as number) + 1;
  }
  for (let p = 0; p < G; p++) posStart[p + 1] = (posStart[p + 1] as number) + (posStart[p] as number);
  const fill = posStart.slice(0, G);
  const posSteps = new Int32Array(m);
  for (let s = 0; s < m; s++) {
    const p = t.segPos[s] as number;
    posSteps[fill[p] as number] = s;
    fill[p] = (fill[p] as number) + 1;
  }
  return { posStart, posSteps };
}

function blocksOf(t: BoundTable): StepBlocks {
  if (t.blocks) return t.blocks;
  const m = t.segPos.length;
  const { posStart, posSteps } = stepsByPosition(t);
  const nb = Math.ceil(m / BLOCK);
  const blocks: StepBlocks = { depth: t.depth, inPlay: new Uint8Array(m).fill(1), blockCost: new Float64Array(nb), blockValue: new Float64Array(nb), posStart, posSteps };
  for (let b = 0; b < nb; b++) sumBlock(t, blocks, b);
  t.blocks = blocks;
  return blocks;
}

function sumBlock(t: BoundTable, blocks: StepBlocks, b: number): void {
  const end = Math.min(t.segPos.length, (b + 1) * BLOCK);
  let cost = 0;
  let value = 0;
  for (let s = b * BLOCK; s < end; s++) {
    if (blocks.inPlay[s] === 0) continue;
    cost += t.segCost[s] as number;
    value += t.segValue[s] as number;
  }
  blocks.blockCost[b] = cost;
  blocks.blockValue[b] = value;
}

function setPosition(t: BoundTable, blocks: StepBlocks, p: number, inPlay: 0 | 1): void {
  for (let j = blocks.posStart[p] as number; j < (blocks.posStart[p + 1] as number); j++) {
    const s = blocks.posSteps[j] as number;
    blocks.inPlay[s] = inPlay;
    sumBlock(t, blocks, Math.floor(s / BLOCK));
  }
}

/** Brings the blocks to `depth`: the steps of positions between the old depth and the new leave or come back. */
function moveTo(t: BoundTable, blocks: StepBlocks, depth: number): void {
  const G = blocks.posStart.length - 1;
  while (blocks.depth < depth) {
    if (blocks.depth < G) setPosition(t, blocks, blocks.depth, 0);
    blocks.depth++;
  }
  while (blocks.depth > depth) {
    blocks.depth--;
    if (blocks.depth < G) setPosition(t, blocks, blocks.depth, 1);
  }
}

/**
 * The LP value of the steps of positions ≥ depth within `budget` (boundOf without its constant part), and where the
 * budget ran out (into `at`).
 */
export function lpValueFast(t: BoundTable, depth: number, budget: number, at: StepBreak): number {
  const blocks = blocksOf(t);
  moveTo(t, blocks, depth);
  const { blockCost, blockValue, inPlay } = blocks;
  const { segCost, segValue } = t;
  const m = segCost.length;
  let room = budget;
  let value = 0;
  at.step = -1;
  at.share = 0;
  for (let b = 0; b < blockCost.length; b++) {
    const bc = blockCost[b] as number;
    if (bc <= room) {
      room -= bc;
      value += blockValue[b] as number;
      continue;
    }
    const end = Math.min(m, (b + 1) * BLOCK);
    for (let s = b * BLOCK; s < end; s++) {
      if (inPlay[s] === 0) continue;
      const dc = segCost[s] as number;
      if (dc <= room) {
        room -= dc;
        value += segValue[s] as number;
      } else {
        at.step = s;
        if (room > 0) {
          at.share = room / dc;
          value += (segValue[s] as number) * at.share;
        }
        return value;
      }
    }
  }
  return value;
}

/**
 * The LP's choice for the group at `depth` (the item it takes whole, or the one taken in part when that part is over
 * half; −1 = none), from a bound just computed by lpValueFast at that depth and the break it reported.
 */
export function lpChoiceAt(t: BoundTable, depth: number, at: StepBreak): number {
  const blocks = blocksOf(t);
  let pick = -1;
  for (let j = blocks.posStart[depth] as number; j < (blocks.posStart[depth + 1] as number); j++) {
    const s = blocks.posSteps[j] as number;
    if (at.step >= 0 && s >= at.step) return s === at.step && at.share > 0.5 ? (t.segTo[s] as number) : pick;
    pick = t.segTo[s] as number;
  }
  return pick;
}
