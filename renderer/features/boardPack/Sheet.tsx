import { useId, type ReactNode } from 'react';

/**
 * One part of the pack. On screen a sheet of paper (A4 landscape); in print it starts a new page.
 * `title` becomes the part's heading, `eyebrow` the small line above it.
 */
export function Sheet({ title, eyebrow, className, children }: { title: ReactNode; eyebrow?: ReactNode; className?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`bp-sheet${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <header className="bp-sheet__header">
        {eyebrow ? <p className="bp-eyebrow">{eyebrow}</p> : null}
        <h2 id={id} className="bp-sheet__title">
          {title}
        </h2>
      </header>
      {children}
    </section>
  );
}

/** A headline figure: label above, value below (a definition list item). */
export function Figure({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: 'positive' | 'negative' }) {
  return (
    <div className={`bp-figure${tone ? ` bp-figure--${tone}` : ''}`}>
      <dt>{label}</dt>
      <dd>
        <span className="bp-figure__value">{value}</span>
        {detail ? <span className="bp-figure__detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

/** A two-column key/value table (settings, breakdowns); the last row may be a total. */
export function KeyValueTable({ caption, rows, total }: { caption: string; rows: { key: string; label: ReactNode; value: string }[]; total?: { label: string; value: string } }) {
  return (
    <table className="bp-table bp-table--kv">
      <caption>{caption}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{r.value}</td>
          </tr>
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <tr>
            <th scope="row">{total.label}</th>
            <td className="num">{total.value}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
