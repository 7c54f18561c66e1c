// The booth team's state in the window: the shell's PartnersView, replaced whole on every `partners` event,
// and the clock the countdowns tick on. Pure helpers (countdown, labels, link text) are tested beside it.
import {
  partnersView,
  partnersAddBooth,
  partnersSetMe,
  partnersPush,
  onPartners,
  onPartnersLate,
  errorText,
  type PartnersView,
  type PartnerCompanionLabels,
} from '../lib/ipc';
import type { PartnerBooth } from '../lib/bindings/PartnerBooth';
import type { PartnerLink } from '../lib/bindings/PartnerLink';
import type { PartnerPush } from '../lib/bindings/PartnerPush';
import type { PartnerPushWhat } from '../lib/bindings/PartnerPushWhat';
import { t, locale } from '../i18n/i18n.svelte';

/** The two booths of a bilingual event: id, name key, and the language the booth speaks. */
export const BOOTHS = [
  { id: 'into-ko', key: 'partners-booth-into-ko', say: 'ko' },
  { id: 'into-en', key: 'partners-booth-into-en', say: 'en-US' },
] as const;

/** One minute before the end the timer warns (the engine's WARNING_MS). */
export const WARNING_MS = 60_000;

export const team = $state<{ view: PartnersView | null; now: number; error: string | null }>({
  view: null,
  now: Date.now(),
  error: null,
});

let started = false;

/**
 * Loads the view, listens for changes and makes the default booths on a first start. `onLate`: the host's
 * running-late record changed this booth's agenda (the window fetches it again).
 */
export async function startPartners(onLate: () => void): Promise<void> {
  if (started) return;
  started = true;
  setInterval(() => (team.now = Date.now()), 1000);
  try {
    await onPartners((v) => (team.view = v));
    await onPartnersLate(onLate);
    let v = await partnersView();
    for (const b of BOOTHS) if (!v.team.booths.some((x) => x.id === b.id)) v = await partnersAddBooth(b.id, t(b.key));
    if (!v.booth) v = await partnersSetMe(v.me, locale() === 'ko' ? 'into-en' : 'into-ko');
    team.view = v;
  } catch (e) {
    team.error = errorText(e);
  }
}

/** The language a booth speaks (the rendering a push shows large). */
export function sayOf(booth: string): string {
  return BOOTHS.find((b) => b.id === booth)?.say ?? locale();
}

export type Countdown = { state: 'idle' } | { state: 'running'; leftMs: number; warn: boolean } | { state: 'over'; overMs: number };

/** Where a booth's shift stands at `now` (the same rule as the engine's `Booth::countdown`). */
export function countdown(booth: PartnerBooth, now: number): Countdown {
  if (booth.shiftStarted == null) return { state: 'idle' };
  const end = booth.shiftStarted + booth.shiftMinutes * 60_000;
  // The page's clock ticks once a second: right after a handover it may still read a moment before it.
  const left = Math.min(end - now, booth.shiftMinutes * 60_000);
  if (now <= end) return { state: 'running', leftMs: left, warn: left <= WARNING_MS };
  return { state: 'over', overMs: now - end };
}

/** 12:05, or 1:02:03 past an hour. */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${r}` : `${m}:${r}`;
}

/** 14:32 in this machine's zone. */
export function hhmm(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The pushes still on `booth`'s card, newest first. */
export function activePushes(view: PartnersView | null, booth: string): PartnerPush[] {
  if (!view) return [];
  return view.team.pushes.filter((p) => p.booth === booth && p.dismissed == null).reverse();
}

/** What the header says about the link to the host. */
export function linkText(link: PartnerLink): string {
  switch (link.state) {
    case 'connecting':
      return t('partners-connecting');
    case 'online':
      return '';
    case 'offline':
      return t('partners-offline-since', { time: hhmm(link.since) });
    case 'refused':
      return link.reason === 'notTheHost' ? t('partners-not-the-host') : t('partners-refused');
  }
}

/** The header's one line about sharing; empty when sharing is off. */
export function sharingText(view: PartnersView | null): string {
  const s = view?.sharing;
  if (!s || s.mode === 'off') return '';
  if (s.mode === 'hosting') return t('partners-sharing-on', { address: s.status.address, count: s.status.devices });
  const link = linkText(s.link);
  return link ? `${t('partners-following', { address: s.address })} — ${link}` : t('partners-following', { address: s.address });
}

/** While following: the host's running-late minutes and this booth's local override, or '' when neither. */
export function lateText(view: PartnersView | null): string {
  if (view?.sharing.mode !== 'following') return '';
  const host = Math.round(view.team.late.reduce((sum, s) => sum + s.seconds, 0) / 60);
  const local = Math.round(view.localLateSeconds / 60);
  if (!host && !local) return '';
  const parts = [t('partners-late-host', { minutes: host })];
  if (local) parts.push(t('partners-late-local', { minutes: local }));
  return parts.join(' · ');
}

/** The phone page's words, in the UI language. */
export function companionLabels(): PartnerCompanionLabels {
  return {
    lang: locale(),
    title: t('partners-companion-title'),
    now: t('partners-companion-now'),
    next: t('partners-companion-next'),
    timeLeft: t('partners-companion-left'),
    nothingNow: t('partners-companion-nothing-now'),
    onMic: t('partners-companion-on-mic'),
    nobodyOnMic: t('partners-companion-nobody'),
    handOverIn: t('partners-companion-handover-in'),
    handOverNow: t('partners-companion-handover-now'),
    pushes: t('partners-companion-pushes'),
    pushedBy: t('partners-companion-pushed-by'),
    noPushes: t('partners-companion-no-pushes'),
    offlineSince: t('partners-companion-offline-since'),
    runningLate: t('partners-companion-running-late'),
  };
}

/**
 * Pins a concept, person or number on this booth's card: what the partner off the microphone does from the
 * glossary's card, a pinned speaker or the number box. True when it was pushed (the card shows it at once).
 */
export async function pushToBooth(what: PartnerPushWhat): Promise<boolean> {
  const booth = team.view?.booth || BOOTHS[0].id;
  team.error = await runCommand(() => partnersPush(booth, sayOf(booth), what));
  return team.error === null;
}

/** Runs a partners command and shows the view it returns at once (the `partners` event may follow); the
 * error's text, or null. */
export async function runCommand(action: () => Promise<unknown>): Promise<string | null> {
  try {
    const v = await action();
    if (v && typeof v === 'object' && 'team' in v) team.view = v as PartnersView;
    return null;
  } catch (e) {
    return errorText(e);
  }
}
