// The booth's own choices: theme, font scale, UI language, "your time" zone, live or prep view. They persist
// in the webview's localStorage (per user, per machine), so the booth looks the same after a restart.
// The theme and font scale are applied to <html> through CSSOM and a data attribute: the CSP forbids inline
// style attributes, not CSSOM.

export type Theme = 'dark' | 'light';
export type View = 'live' | 'prep';

export interface Prefs {
  theme: Theme;
  /** Font scale, 1 = 15 px base. */
  scale: number;
  /** UI locale chosen by the user; null until then (the OS locale, negotiated by the core, is used). */
  locale: string | null;
  /** IANA zone for "your time"; null = the system's. */
  localZone: string | null;
  view: View;
  /** Whether the Prompts region is open (collapsed, it keeps only its heading). */
  promptsOpen: boolean;
  /** Seconds a prompt stays before it fades (pinned ones stay). */
  promptFade: number;
  /** Seconds before the same term or person is prompted again. */
  promptCooldown: number;
  /** The speaker's language for listening. */
  listenLanguage: 'en' | 'ko' | 'auto';
  /** Whether the one-line live caption shows (off by default: only the hard items, not a transcript). */
  listenCaption: boolean;
}

export const SCALE_MIN = 0.8;
export const SCALE_MAX = 2;
export const SCALE_STEP = 0.1;
const KEY = 'booth.prefs.v1';

export function defaults(prefersDark: boolean): Prefs {
  return {
    theme: prefersDark ? 'dark' : 'light',
    scale: 1,
    locale: null,
    localZone: null,
    view: 'live',
    promptsOpen: false,
    promptFade: 20,
    promptCooldown: 60,
    listenLanguage: 'en',
    listenCaption: false,
  };
}

/** Rounds to one decimal and keeps the scale readable (and the layout usable). */
export function clampScale(s: number): number {
  if (!Number.isFinite(s)) return 1;
  return Math.round(Math.min(SCALE_MAX, Math.max(SCALE_MIN, s)) * 10) / 10;
}

/** Stored prefs over the defaults; anything unreadable falls back to the default, field by field. */
export function parse(stored: string | null, base: Prefs): Prefs {
  let raw: Record<string, unknown> = {};
  try {
    const v = stored ? JSON.parse(stored) : {};
    if (v && typeof v === 'object') raw = v as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return {
    theme: raw.theme === 'dark' || raw.theme === 'light' ? raw.theme : base.theme,
    scale: typeof raw.scale === 'number' ? clampScale(raw.scale) : base.scale,
    locale: typeof raw.locale === 'string' ? raw.locale : base.locale,
    localZone: typeof raw.localZone === 'string' ? raw.localZone : base.localZone,
    view: raw.view === 'prep' ? 'prep' : base.view,
    promptsOpen: typeof raw.promptsOpen === 'boolean' ? raw.promptsOpen : base.promptsOpen,
    promptFade: seconds(raw.promptFade, base.promptFade),
    promptCooldown: seconds(raw.promptCooldown, base.promptCooldown),
    listenLanguage: raw.listenLanguage === 'ko' || raw.listenLanguage === 'auto' || raw.listenLanguage === 'en' ? raw.listenLanguage : base.listenLanguage,
    listenCaption: typeof raw.listenCaption === 'boolean' ? raw.listenCaption : base.listenCaption,
  };
}

/** A whole number of seconds from 0 to an hour, or the default. */
function seconds(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 3600 ? Math.round(v) : fallback;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
export const prefs = $state<Prefs>(parse(storage()?.getItem(KEY) ?? null, defaults(prefersDark)));

export function save(): void {
  storage()?.setItem(KEY, JSON.stringify(prefs));
}

/** Puts theme and scale on <html>. */
export function apply(doc: Document = document): void {
  doc.documentElement.dataset.theme = prefs.theme;
  doc.documentElement.style.setProperty('--scale', String(prefs.scale));
}

export function setScale(s: number): void {
  prefs.scale = clampScale(s);
  apply();
  save();
}

export function toggleTheme(): void {
  prefs.theme = prefs.theme === 'dark' ? 'light' : 'dark';
  apply();
  save();
}
