import { useId, type ReactNode } from 'react';

/** Fill patterns so that categories differ by texture as well as colour. */
export interface PatternIds {
  valueCreation: string;
  lastMile: string;
  run: string;
}

export function usePatternIds(): PatternIds {
  const uid = useId();
  return { valueCreation: `${uid}vc`, lastMile: `${uid}lm`, run: `${uid}run` };
}

export function patternFill(id: string): string {
  return `url(#${id})`;
}

function Hatch({ id, kind, size, dots }: { id: string; kind: string; size: number; dots?: boolean }): ReactNode {
  return (
    <pattern
      id={id}
      width={size}
      height={size}
      patternUnits="userSpaceOnUse"
      patternTransform={dots ? undefined : 'rotate(45)'}
    >
      <rect width={size} height={size} className={`lm-pattern__bg lm-pattern__bg--${kind}`} />
      {dots ? (
        <circle cx={size / 2} cy={size / 2} r={1} className={`lm-pattern__dot lm-pattern__dot--${kind}`} />
      ) : (
        <line x1={0} y1={0} x2={0} y2={size} className={`lm-pattern__line lm-pattern__line--${kind}`} />
      )}
    </pattern>
  );
}

/** The <defs> content: value creation and last mile are hatched, run is dotted. */
export function ChartPatterns({ ids }: { ids: PatternIds }): ReactNode {
  return (
    <>
      <Hatch id={ids.valueCreation} kind="value-creation" size={6} />
      <Hatch id={ids.lastMile} kind="last-mile" size={6} />
      <Hatch id={ids.run} kind="run" size={5} dots />
    </>
  );
}
