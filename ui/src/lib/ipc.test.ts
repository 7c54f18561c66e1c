import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearMocks, mockConvertFileSrc, mockIPC } from '@tauri-apps/api/mocks';
import { recordCalls } from './test-support';
import { emit } from '@tauri-apps/api/event';
import {
  agendaStatus,
  CommandError,
  eventInstant,
  getPackHead,
  markStarted,
  resetSearchNow,
  search,
  searchNow,
  shiftRemaining,
  uiStrings,
  whenPackLoaded,
} from './ipc';

afterEach(() => {
  clearMocks();
  vi.unstubAllGlobals();
  resetSearchNow();
});

/** A stand-in for the browser's XMLHttpRequest that records what was sent and answers `reply`. */
function fakeXhr(reply: () => { status: number; body: string }) {
  const sent: { method: string; url: string; sync: boolean; headers: Record<string, string>; body: unknown }[] = [];
  class Fake {
    status = 0;
    responseText = '';
    private req = { method: '', url: '', sync: false, headers: {} as Record<string, string>, body: undefined as unknown };
    open(method: string, url: string, async: boolean) {
      this.req = { ...this.req, method, url, sync: !async };
    }
    setRequestHeader(k: string, v: string) {
      this.req.headers[k] = v;
    }
    send(body: string) {
      sent.push({ ...this.req, body: JSON.parse(body) });
      const r = reply();
      this.status = r.status;
      this.responseText = r.body;
    }
  }
  vi.stubGlobal('XMLHttpRequest', Fake);
  return sent;
}

describe('ipc', () => {
  it('passes arguments under the names the Rust commands take', async () => {
    const calls = recordCalls([]);
    await search('지속', 20, 'session-1');
    await agendaStatus();
    await agendaStatus('2021-07-07T05:20:00.000Z', 'Europe/Berlin');
    await eventInstant('14:20');
    await shiftRemaining(7, undefined, null);
    await markStarted('s1-qa', '2021-07-07T06:00:00.000Z');
    expect(calls).toEqual([
      ['search', { request: { query: '지속', limit: 20, session: 'session-1' } }],
      ['agenda_status', { at: null, localZone: null }],
      ['agenda_status', { at: '2021-07-07T05:20:00.000Z', localZone: 'Europe/Berlin' }],
      ['event_instant', { time: '14:20' }],
      ['shift_remaining', { minutes: 7, at: null, localZone: null }],
      ['mark_started', { item: 's1-qa', at: '2021-07-07T06:00:00.000Z', localZone: null }],
    ]);
  });

  it('turns {kind, message} errors into CommandError', async () => {
    mockIPC(() => {
      throw { kind: 'invalidArgument', message: 'no UI strings for locale `xx`' };
    });
    const err = await uiStrings('xx').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).kind).toBe('invalidArgument');
    expect((err as CommandError).message).toContain('xx');
  });

  it('keeps unexpected failures typed too', async () => {
    mockIPC(() => {
      throw 'boom';
    });
    const err = await agendaStatus().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).kind).toBe('ipc');
  });

  it('waits for pack-ready while the shell is still loading the pack, then asks again', async () => {
    let loaded = false;
    let asked = 0;
    mockIPC(
      (cmd) => {
        if (cmd !== 'pack_head') return null;
        asked += 1;
        if (!loaded) throw { kind: 'loading', message: 'the pack is still loading' };
        return { id: 'big' };
      },
      { shouldMockEvents: true },
    );
    let done = false;
    const head = whenPackLoaded(getPackHead).then((h) => ((done = true), h));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    expect(asked).toBe(2); // once before listening, once after (the pack may have loaded in between)
    loaded = true;
    await emit('pack-ready');
    expect((await head).id).toBe('big');
    expect(asked).toBe(3);
  });

  it('does not wait when the pack is loaded, and passes other errors on', async () => {
    mockIPC((cmd) => (cmd === 'pack_head' ? { id: 'forum' } : null));
    expect((await whenPackLoaded(getPackHead)).id).toBe('forum');
    mockIPC(() => {
      throw { kind: 'io', message: 'gone' };
    });
    const err = await whenPackLoaded(getPackHead).catch((e: unknown) => e);
    expect((err as CommandError).kind).toBe('io');
  });

  it('searches synchronously through the search scheme, with the command\'s arguments', () => {
    mockIPC(() => null);
    mockConvertFileSrc('linux');
    const found = [{ hit: { conceptId: 'sdgs' }, concept: { id: 'sdgs' } }];
    const sent = fakeXhr(() => ({ status: 200, body: JSON.stringify(found) }));
    expect(searchNow('지속', 20, 'session-1')).toEqual(found);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', sync: true, body: { query: '지속', limit: 20, session: 'session-1' } });
    expect(sent[0].url).toBe('booth-search://localhost/search');
    expect(sent[0].headers['Content-Type']).toBe('application/json');
  });

  it('throws the scheme\'s {kind, message} errors as CommandError', () => {
    mockIPC(() => null);
    mockConvertFileSrc('linux');
    fakeXhr(() => ({ status: 503, body: JSON.stringify({ kind: 'loading', message: 'the pack is still loading' }) }));
    const err = (() => {
      try {
        searchNow('a', 5);
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(CommandError);
    expect((err as CommandError).kind).toBe('loading');
  });

  it('gives up on the scheme after it fails to answer, once', () => {
    mockIPC(() => null);
    mockConvertFileSrc('linux');
    let tries = 0;
    class Broken {
      open() {}
      setRequestHeader() {}
      send() {
        tries += 1;
        throw new DOMException('NetworkError');
      }
    }
    vi.stubGlobal('XMLHttpRequest', Broken);
    expect(searchNow('a', 5)).toBeNull();
    expect(searchNow('ab', 5)).toBeNull();
    expect(tries).toBe(1);
  });
});
