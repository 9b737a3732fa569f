import type { KeyboardEvent, ReactNode } from 'react';

export interface SelectableMarkProps {
  id: string;
  /** Accessible name (and hover tooltip) of the mark. */
  label: string;
  className: string;
  onSelect?: ((id: string) => void) | undefined;
  children: ReactNode;
}

/**
 * A data mark that, when the chart has an onSelect handler, is a keyboard-operable button:
 * focusable (tabIndex 0), role="button", named, activated by click, Enter or Space. Its name must
 * start with the text drawn inside it (labels shorten at word boundaries) so that speech-input users
 * can say what they see (WCAG 2.5.3). Both forms carry a <title> (hover tooltip with the full name).
 */
export function SelectableMark({ id, label, className, onSelect, children }: SelectableMarkProps): ReactNode {
  if (!onSelect) {
    return (
      <g className={className}>
        <title>{label}</title>
        {children}
      </g>
    );
  }
  const onKeyDown = (event: KeyboardEvent<SVGGElement>): void => {
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      onSelect(id);
    }
  };
  return (
    <g
      className={`${className} lm-chart__button`}
      role="button"
      tabIndex={0}
      aria-label={label}
      data-id={id}
      onClick={() => onSelect(id)}
      onKeyDown={onKeyDown}
    >
      <title>{label}</title>
      {children}
    </g>
  );
}
