import type { Warning } from '@shared/finance';

/** Reviewer warnings shown beside the fields they concern; blockers stand out from plain warnings. */
export function WarningList({ items }: { items: readonly Warning[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <ul className="uc-warnings">
      {items.map((w) => (
        <li key={`${w.code}:${w.field}`} className={`callout callout--${w.severity}`}>
          <strong>{w.severity === 'blocker' ? 'Blocker: ' : 'Check: '}</strong>
          {w.message}
        </li>
      ))}
    </ul>
  );
}
