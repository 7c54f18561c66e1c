import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { recordCalls } from '../lib/test-support';
import { closeWindow, CommandError, exportGlossary, importApply, importGlossary, reviewBoard } from '../lib/ipc';

afterEach(() => clearMocks());

describe('import, export, review and close over IPC', () => {
  it('send no path, only what the Rust commands take', async () => {
    const calls = recordCalls();
    await importGlossary();
    await importApply({ 'SameIdOtherContent:sdgs:2': 'import' });
    await exportGlossary('tbx3');
    await reviewBoard();
    await closeWindow(true);
    expect(calls).toEqual([
      ['import_glossary', {}],
      ['import_apply', { decisions: { 'SameIdOtherContent:sdgs:2': 'import' } }],
      ['export_glossary', { format: 'tbx3' }],
      ['review_board', {}],
      ['close_window', { discard: true }],
    ]);
  });

  it('surface a bad file as the core’s positioned message', async () => {
    mockIPC(() => {
      throw { kind: 'import', message: 'bad.tbx:4:1: error[xml]: unexpected end' };
    });
    const err = await importGlossary().catch((e) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err.kind).toBe('import');
    expect(err.message).toBe('bad.tbx:4:1: error[xml]: unexpected end');
  });
});
