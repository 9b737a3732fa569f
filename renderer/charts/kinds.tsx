import type { ReactNode } from 'react';
import { CLASSIFICATION_LABELS, UNCLASSIFIED_LABEL, type Classification } from '@shared/domain';
import { px } from './format';

/** How a chart draws a candidate: automation, value creation, or not classified yet (grey, dashed). */
export type ChartKind = Classification | 'unclassified';

export const KIND_LABELS: Record<ChartKind, string> = { ...CLASSIFICATION_LABELS, unclassified: UNCLASSIFIED_LABEL };

/** A use case's classification as a chart kind (null = not classified yet). */
export function chartKind(kind: Classification | null): ChartKind {
  return kind ?? 'unclassified';
}

/** Diamond (square turned 45°) with the same area as a circle of radius r. */
export function diamondPath(cx: number, cy: number, r: number): string {
  const h = r * Math.sqrt(Math.PI / 2);
  return `M${px(cx)},${px(cy - h)}L${px(cx + h)},${px(cy)}L${px(cx)},${px(cy + h)}L${px(cx - h)},${px(cy)}Z`;
}

/** A circle as path data (two arcs), so that many can share one path element. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${px(cx - r)},${px(cy)}a${px(r)},${px(r)} 0 1,0 ${px(2 * r)},0a${px(r)},${px(r)} 0 1,0 ${px(-2 * r)},0Z`;
}

/** The kind's shape of radius r as path data. */
export function kindPath(kind: ChartKind, cx: number, cy: number, r: number): string {
  return kind === 'value-creation' ? diamondPath(cx, cy, r) : circlePath(cx, cy, r);
}

/** Half the visual extent of the kind's shape of radius r (the diamond reaches further than the circle). */
export function kindExtent(kind: ChartKind, r: number): number {
  return kind === 'value-creation' ? r * Math.sqrt(Math.PI / 2) : r;
}

/**
 * The shape that tells automation (circle) from value creation (diamond) without relying on colour;
 * both shapes have area πr², so a size scale on r stays honest.
 */
export function KindShape(props: { kind: ChartKind; cx: number; cy: number; r: number; className?: string; plain?: boolean; fill?: string }): ReactNode {
  const { kind, cx, cy, r, className, plain, fill } = props;
  const cls = plain ? (className ?? '') : `lm-kind lm-kind--${kind}${className ? ` ${className}` : ''}`;
  if (kind === 'value-creation') return <path className={cls} fill={fill} d={diamondPath(cx, cy, r)} />;
  return <circle className={cls} fill={fill} cx={px(cx)} cy={px(cy)} r={px(r)} />;
}
