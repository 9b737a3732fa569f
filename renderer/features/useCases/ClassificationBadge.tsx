import { CLASSIFICATION_LABELS, type Classification } from '@shared/domain';

/** The automation / value-creation badge shown wherever a use case appears. */
export function ClassificationBadge({ kind, className }: { kind: Classification; className?: string }) {
  return (
    <span className={`badge badge--${kind}${className ? ` ${className}` : ''}`} title="Classification">
      {CLASSIFICATION_LABELS[kind]}
    </span>
  );
}

/** "2 blockers" style badge for readiness dimensions scored 1; nothing when there are none. */
export function BlockerBadge({ count }: { count: number }) {
  if (count === 0) return null;
  return <span className="badge badge--blocker">{count === 1 ? '1 blocker' : `${count} blockers`}</span>;
}
