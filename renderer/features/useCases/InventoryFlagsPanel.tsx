import type { Problem, UseCase } from '@shared/domain';
import { INVENTORY_FLAG_ADVICE, INVENTORY_FLAG_LABELS, inventoryFlags } from '@shared/inventory/flags';

/** What the inventory reveals about the saved use case: each flag with what it asks of the team (nothing when none). */
export function InventoryFlagsPanel(props: { useCase: UseCase; problem: Problem | undefined; problemHref: string | null; inventoryHref: string }) {
  const { useCase, problem, problemHref, inventoryHref } = props;
  const flags = inventoryFlags(useCase, problem);
  if (flags.length === 0) return null;
  return (
    <section className="card uc-flags-card" aria-labelledby="uc-flags-title">
      <h2 id="uc-flags-title">What the inventory flags</h2>
      <ul className="uc-flags">
        {flags.map((f) => (
          <li key={f}>
            <strong>{INVENTORY_FLAG_LABELS[f]}</strong>
            <span>
              {INVENTORY_FLAG_ADVICE[f]}
              {f === 'ai-first' && problemHref && problem && (
                <>
                  {' '}
                  <a href={problemHref}>Open “{problem.title}”</a>
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="uc-flags__more">
        <a href={inventoryHref}>See the whole inventory</a>
      </p>
    </section>
  );
}
