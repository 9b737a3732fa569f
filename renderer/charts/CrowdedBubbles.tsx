import type { ReactNode } from 'react';
import { kindPath, type ChartKind } from './kinds';
import { ringOffset, type PlacedBubble } from './matrixLayout';

/**
 * Above this many bubbles a screen matrix draws the unnamed ones as a few shared paths (one per kind, one for the
 * funded rings, one for the blocker rings) instead of a focusable element each: five thousand interactive marks make
 * every update of the page slow and a keyboard user would tab through all of them. The named bubbles stay marks of
 * their own (hover, focus, open); every candidate stays in the chart's table and in the ranked table.
 */
export const CROWD_BUBBLES = 600;

const KINDS: ChartKind[] = ['automation', 'value-creation', 'unclassified'];

/** The unnamed bubbles of a crowded matrix, largest first within each kind, as shared paths. */
export function CrowdedBubbles({ bubbles }: { bubbles: readonly PlacedBubble[] }): ReactNode {
  const shapes = new Map<ChartKind, string[]>(KINDS.map((k) => [k, []]));
  const funded: string[] = [];
  const blockers: string[] = [];
  for (const b of bubbles) {
    const { kind } = b.point;
    shapes.get(kind)?.push(kindPath(kind, b.cx, b.cy, b.r));
    if (b.point.funded) funded.push(kindPath(kind, b.cx, b.cy, b.r + 3.5));
    if (b.point.blocker) blockers.push(kindPath(kind, b.cx, b.cy, b.r + ringOffset(b.point)));
  }
  return (
    <g className="lm-matrix__crowd">
      {KINDS.map((kind) => {
        const d = shapes.get(kind)?.join('') ?? '';
        return d ? <path key={kind} className={`lm-kind lm-kind--${kind} lm-matrix__bubble`} d={d} /> : null;
      })}
      {funded.length ? <path className="lm-matrix__funded-ring" d={funded.join('')} /> : null}
      {blockers.length ? <path className="lm-matrix__blocker-ring" d={blockers.join('')} /> : null}
    </g>
  );
}
