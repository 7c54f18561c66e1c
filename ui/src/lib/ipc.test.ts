import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { agendaStatus, CommandError, search, uiStrings } from './ipc';

afterEach(() => clearMocks());

describe('ipc', () => {
  it('passes arguments under the names the Rust commands take', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return [];
    });
    await search('지속', 20, 'session-1');
    await agendaStatus();
    expect(calls).toEqual([
      ['search', { query: '지속', limit: 20, session: 'session-1' }],
      ['agenda_status', { at: null }],
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
});
