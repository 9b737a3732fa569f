import { classificationLabel, type Classification } from '@shared/domain';

/** The automation / value-creation badge shown wherever a use case appears; "Not classified" (flagged) until it is. */
export function ClassificationBadge({ kind, className }: { kind: Classification | null; className?: string }) {
  return (
    <span className={`badge badge--${kind ?? 'unclassified'}${className ? ` ${className}` : ''}`} title="Classification">
      {classificationLabel(kind)}
    </span>
  );
}

/** "2 blockers" style badge for readiness dimensions scored 1; nothing when there are none. */
export function BlockerBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return <span className="badge badge--blocker">{count === 1 ? '1 blocker' : `${count} blockers`}</span>;
}
