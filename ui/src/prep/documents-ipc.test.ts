import { afterEach, describe, expect, it } from 'vitest';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { recordCalls } from '../lib/test-support';
import {
  CommandError,
  documentAccept,
  documentCandidates,
  documentDismiss,
  documentsAdd,
  documentsAddDropped,
  documentsList,
  documentText,
  drillCheck,
  drillGrade,
  drillNext,
} from '../lib/ipc';

afterEach(() => clearMocks());

describe('documents and drill over IPC', () => {
  it('send no path, only a session, a name, a key or a card', async () => {
    const calls = recordCalls();
    await documentsAdd('session-1');
    await documentsAddDropped('session-1');
    await documentsList(null);
    await documentText('speech.pdf');
    await documentCandidates(null);
    await documentAccept('participatory budgeting council', 'session-1');
    await documentDismiss('disaster resilience hub');
    await drillNext('session-2');
    await drillCheck(null, 'term:sdgs:en-ko:SDGs', '지속가능발전목표');
    await drillGrade(null, 'term:sdgs:en-ko:SDGs', 'good');
    expect(calls).toEqual([
      ['documents_add', { session: 'session-1' }],
      ['documents_add_dropped', { session: 'session-1' }],
      ['documents_list', { session: null }],
      ['document_text', { name: 'speech.pdf' }],
      ['document_candidates', { session: null }],
      ['document_accept', { key: 'participatory budgeting council', session: 'session-1' }],
      ['document_dismiss', { key: 'disaster resilience hub' }],
      ['drill_next', { session: 'session-2' }],
      ['drill_check', { session: null, card: 'term:sdgs:en-ko:SDGs', typed: '지속가능발전목표' }],
      ['drill_grade', { session: null, card: 'term:sdgs:en-ko:SDGs', grade: 'good' }],
    ]);
  });

  it('surface an unreadable document as the core’s message naming it', async () => {
    mockIPC(() => {
      throw { kind: 'document', message: '/tmp/scan.pdf: no text layer (a scanned document?)' };
    });
    const err = await documentsAdd('session-1').catch((e) => e);
    expect(err).toBeInstanceOf(CommandError);
    expect(err.kind).toBe('document');
    expect(err.message).toContain('scan.pdf');
  });
});
