import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { setLocale } from '../i18n/i18n.svelte';
import { activePushes, clockText, companionLabels, countdown, lateText, sharingText } from './partners.svelte';
import type { PartnersView } from '../lib/ipc';
import { ftl } from '../lib/test-support';
import type { PartnerBooth } from '../lib/bindings/PartnerBooth';


async function useLocale(loc: 'en-US' | 'ko') {
  mockIPC((cmd) => (cmd === 'ui_strings' ? ftl(loc) : null));
  await setLocale(loc);
}

afterEach(() => clearMocks());

/** Without Fluent's isolation marks. */
const plain = (s: string) => s.replace(/[\u2068\u2069]/g, '');

const booth = (shiftStarted: number | null): PartnerBooth => ({
  id: 'into-ko',
  name: 'Into Korean',
  shiftMinutes: 30,
  onMic: shiftStarted == null ? null : 'Mina',
  shiftStarted,
  handovers: [],
});

const view = (sharing: PartnersView['sharing']): PartnersView => ({
  team: {
    booths: [booth(0)],
    pushes: [
      { id: 'a', booth: 'into-ko', kind: 'note', text: 'old', detail: '', by: 'Ana', at: 1, dismissed: null },
      { id: 'b', booth: 'into-ko', kind: 'number', text: '3억 5천만 원', detail: '350 million won', by: 'Ana', at: 2, dismissed: null },
      { id: 'c', booth: 'into-ko', kind: 'note', text: 'gone', detail: '', by: 'Ana', at: 3, dismissed: 4 },
      { id: 'd', booth: 'into-en', kind: 'note', text: 'other booth', detail: '', by: 'Ben', at: 5, dismissed: null },
    ],
    late: [{ item: 's1-presentation-1', seconds: 420, kind: 'shift', fromEnd: true, recorded: 0 }],
    programme: [],
  },
  sharing,
  me: 'Ana',
  booth: 'into-ko',
  now: 0,
  localLateSeconds: 180,
});

describe('handover timer', () => {
  it('counts down, warns in the last minute and then says to hand over', () => {
    expect(countdown(booth(null), 5)).toEqual({ state: 'idle' });
    expect(countdown(booth(0), 0)).toEqual({ state: 'running', leftMs: 1_800_000, warn: false });
    expect(countdown(booth(1000), 0)).toEqual({ state: 'running', leftMs: 1_800_000, warn: false });
    expect(countdown(booth(0), 29 * 60_000)).toEqual({ state: 'running', leftMs: 60_000, warn: true });
    expect(countdown(booth(0), 31 * 60_000)).toEqual({ state: 'over', overMs: 60_000 });
    expect(clockText(1_800_000)).toBe('30:00');
    expect(clockText(61_001)).toBe('1:02');
    expect(clockText(3_723_000)).toBe('1:02:03');
  });
});

describe('pushes and sharing status', () => {
  it('keeps the booth card to its own undismissed pushes, newest first', () => {
    expect(activePushes(view({ mode: 'off' }), 'into-ko').map((p) => p.text)).toEqual(['3억 5천만 원', 'old']);
  });

  it('says where the host shares and when a follower went offline, in both languages', async () => {
    await useLocale('en-US');
    const hosting = view({
      mode: 'hosting',
      status: { address: '192.168.1.5:7411', devices: 3, companions: 40 },
      deviceCode: 'K7QM-3XPA-9RTD',
      companionUrl: 'http://192.168.1.5:7411/?t=X',
      qrSvg: '<svg/>',
      tokens: [],
    });
    expect(plain(sharingText(hosting))).toBe('Sharing on 192.168.1.5:7411 — 3 devices');
    const since = new Date(2026, 11, 5, 14, 32).getTime();
    const following = view({ mode: 'following', address: '192.168.1.5:7411', link: { state: 'offline', since } });
    expect(plain(sharingText(following))).toBe('Following 192.168.1.5:7411 — offline since 14:32');
    expect(sharingText(view({ mode: 'off' }))).toBe('');
    expect(companionLabels().now).toBe('Now');
    expect(plain(lateText(following))).toBe("Running 7 min late (the host's record) · your local override 3 min");
    expect(lateText(hosting)).toBe('');
    await useLocale('ko');
    expect(plain(sharingText(following))).toBe('192.168.1.5:7411 연결 — 14:32부터 오프라인');
    expect(companionLabels().lang).toBe('ko');
    expect(plain(lateText(following))).toBe('7분 지연 (호스트 기록) · 이 부스만 3분 추가 조정');
    expect(companionLabels().next).toBe('다음');
  });
});
