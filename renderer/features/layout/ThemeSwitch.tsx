import { setThemeChoice, THEME_CHOICES, useThemeChoice, type ThemeChoice } from '@renderer/state/theme';

/** Light or dark screens, or the computer's own setting; remembered on this computer. Printed pages stay light. */
export function ThemeSwitch() {
  const choice = useThemeChoice();
  return (
    <label className="theme-switch" title="Screens follow this computer's setting, or stay light or dark. The board pack prints light.">
      <span className="theme-switch__label">Theme</span>
      <select value={choice} onChange={(e) => setThemeChoice(e.target.value as ThemeChoice)}>
        {THEME_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
