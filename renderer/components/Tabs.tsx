import { useId, useRef, type ReactNode } from 'react';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
}

/** ARIA tabs: arrow keys move between tabs, Home/End jump, the selected panel is labelled by its tab. */
export function Tabs<K extends string>({ tabs, selected, onSelect, label, children }: { tabs: readonly TabSpec<K>[]; selected: K; onSelect: (k: K) => void; label: string; children: ReactNode }) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  const current = tabs.findIndex((t) => t.key === selected);
  return (
    <div className="tabs-box">
      <div role="tablist" aria-label={label} className="tablist">
        {tabs.map((t, i) => (
          <button
            key={t.key}
            ref={(el) => {
              if (el) refs.current.set(t.key, el);
              else refs.current.delete(t.key);
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.key}`}
            aria-selected={t.key === selected}
            aria-controls={`${base}-panel`}
            tabIndex={t.key === selected ? 0 : -1}
            onClick={() => onSelect(t.key)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1);
              else if (e.key === 'ArrowLeft') move(i - 1);
              else if (e.key === 'Home') move(0);
              else if (e.key === 'End') move(tabs.length - 1);
              else return;
              e.preventDefault();
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${tabs[current]?.key ?? selected}`} className="tabpanel">
        {children}
      </div>
    </div>
  );
}
