// The UI's own strings: Fluent source from the shell, formatted here with @fluent/bundle so plurals and
// variables work exactly as translators wrote them. Switching locale re-renders every `t(...)`. Which locale
// to start in is negotiated from the OS by the core (ipc.osUiLocale, fluent-langneg), not guessed here.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { uiStrings } from '../lib/ipc';

export const UI_LOCALES = ['en-US', 'ko'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

let current = $state<{ locale: UiLocale; bundle: FluentBundle | null }>({ locale: 'en-US', bundle: null });

export function bundleFrom(locale: string, source: string): FluentBundle {
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(source));
  for (const e of errors) console.warn(`ui.ftl (${locale}):`, e.message);
  return bundle;
}

export async function setLocale(locale: UiLocale): Promise<void> {
  const source = await uiStrings(locale);
  current = { locale, bundle: bundleFrom(locale, source) };
  document.documentElement.lang = locale;
}

export function locale(): UiLocale {
  return current.locale;
}

/** Formats a UI message (or one of its attributes); shows the id when a string is missing. */
export function t(id: string, args?: Record<string, FluentVariable>, attr?: string): string {
  const bundle = current.bundle;
  const msg = bundle?.getMessage(id);
  const pattern = attr ? msg?.attributes[attr] : msg?.value;
  if (!bundle || !pattern) return attr ? `${id}.${attr}` : id;
  return bundle.formatPattern(pattern, args);
}
