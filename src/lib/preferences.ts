/**
 * The reader's remembered choices (localStorage): script and colour theme.
 * public/theme.js reads THEME_KEY too (before first paint); keep the names in step.
 */
export const SCRIPT_KEY = 'script';
export const THEME_KEY = 'theme';

export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'dark', 'light'];

/** The theme after a click on the switch: auto → dark → light → auto. */
export function nextTheme(current: Theme): Theme {
  return THEMES[(THEMES.indexOf(current) + 1) % THEMES.length] ?? 'auto';
}

export function parseTheme(value: string | null | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/** localStorage can be disabled or full: preferences are a nicety, never an error. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // storage unavailable: the choice lasts for this page only
  }
}
