// Booth mode is keyboard-first: one table of shortcuts drives both the key handler and the help overlay, so
// the overlay can never list a key that does nothing. The glossary's own keys (handled inside
// ui/src/glossary/) are listed here for the overlay only.

export type Action =
  | 'help'
  | 'close'
  | 'font-bigger'
  | 'font-smaller'
  | 'font-reset'
  | 'theme'
  | 'language'
  | 'view'
  | 'focus-agenda'
  | 'focus-speaker'
  | 'focus-glossary'
  | 'focus-prompts'
  | 'number-box'
  | 'listen'
  | 'rehearsal-time'
  | 'real-clock'
  | 'later'
  | 'earlier'
  | 'started'
  | 'undo';

export interface Shortcut {
  /** Keys as shown to people (one entry per alternative). */
  keys: string[];
  /** Message id of the description in booth/*.ftl. */
  label: string;
  /** What the app does; null for keys another component handles. */
  action: Action | null;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['?', 'F1'], label: 'key-help', action: 'help' },
  { keys: ['Esc'], label: 'key-close', action: 'close' },
  { keys: ['Ctrl +', 'Ctrl −', 'Ctrl 0'], label: 'key-font', action: null },
  { keys: ['Alt T'], label: 'key-theme', action: 'theme' },
  { keys: ['Alt L'], label: 'key-language', action: 'language' },
  { keys: ['Alt P'], label: 'key-view', action: 'view' },
  { keys: ['Alt 1', 'Alt 2', 'Alt 3', 'Alt 4'], label: 'key-regions', action: null },
  { keys: ['Alt K'], label: 'key-number-box', action: 'number-box' },
  { keys: ['Alt M'], label: 'key-listen', action: 'listen' },
  { keys: ['Alt R'], label: 'key-rehearsal', action: 'rehearsal-time' },
  { keys: ['Alt N'], label: 'key-real-clock', action: 'real-clock' },
  { keys: ['Alt ↑', 'Alt ↓'], label: 'key-late', action: null },
  { keys: ['Alt S'], label: 'key-started', action: 'started' },
  { keys: ['Alt Z'], label: 'key-undo', action: 'undo' },
  { keys: ['/', 'Ctrl F'], label: 'key-glossary-search', action: null },
  { keys: ['↑', '↓'], label: 'key-glossary-move', action: null },
  { keys: ['Enter'], label: 'key-glossary-pin', action: null },
  { keys: ['Esc'], label: 'key-glossary-clear', action: null },
];

export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** What a key press means in booth mode; `typing` is true when focus is in a text field. */
export function actionFor(e: KeyLike, typing: boolean): Action | null {
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl && !e.altKey) {
    if (e.key === '+' || e.key === '=') return 'font-bigger';
    if (e.key === '-' || e.key === '_') return 'font-smaller';
    if (e.key === '0') return 'font-reset';
    return null;
  }
  if (e.altKey && !ctrl) {
    // Alt+letter gives other characters on some layouts (macOS): match the physical key too.
    const k = (e.code?.startsWith('Key') ? e.code.slice(3) : e.code?.startsWith('Digit') ? e.code.slice(5) : e.key).toLowerCase();
    const map: Record<string, Action> = {
      t: 'theme',
      l: 'language',
      p: 'view',
      '1': 'focus-agenda',
      '2': 'focus-speaker',
      '3': 'focus-glossary',
      '4': 'focus-prompts',
      k: 'number-box',
      m: 'listen',
      r: 'rehearsal-time',
      n: 'real-clock',
      s: 'started',
      z: 'undo',
    };
    if (e.key === 'ArrowUp') return 'later';
    if (e.key === 'ArrowDown') return 'earlier';
    return map[k] ?? null;
  }
  if (e.key === 'F1') return 'help';
  if (e.key === 'Escape') return 'close';
  if (!typing && e.key === '?') return 'help';
  return null;
}

/** True when key presses go to a text field (shortcuts without modifiers must not steal them). */
export function isTyping(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'range'].includes(type);
  }
  return (el as HTMLElement).isContentEditable === true;
}
