import { useId } from 'react';
import { sinceParts, type SincePart } from '@shared/analysis/sinceParts';
import { nothingChanged, type SinceSnapshot } from '@shared/analysis/sinceSnapshot';
import type { Presenter } from '@shared/presentation';

function Part({ part, headingLevel }: { part: SincePart; headingLevel: 'h2' | 'h3' }) {
  const id = useId();
  const Heading = headingLevel;
  return (
    <section className="since-part" aria-labelledby={id}>
      <Heading id={id} className="since-part__title">
        {part.title} <span className="since-part__count">({part.items.length})</span>
      </Heading>
      <ul>
        {part.items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What changed since a board snapshot, part by part (only the parts with something in them): the app's "Since last
 * board" view and the board pack's section both show this (the deck and the workbook word it the same way).
 */
export function SinceList({ since, present, headingLevel = 'h3' }: { since: SinceSnapshot; present: Presenter; headingLevel?: 'h2' | 'h3' }) {
  if (nothingChanged(since)) return <p className="empty">Nothing has changed since “{since.snapshot.name}”.</p>;
  return (
    <div className="since-list">
      {sinceParts(since, present).map((part) => (
        <Part key={part.title} part={part} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
