// The only module that talks to Tauri. Everything else imports these functions, so tests mock IPC here
// (with @tauri-apps/api/mocks) and nowhere else. Payload types are generated from Rust by ts-rs.
import { invoke } from '@tauri-apps/api/core';
import type { Pack } from './bindings/Pack';
import type { Status } from './bindings/Status';
import type { Hit } from './bindings/Hit';
import type { IpcError } from './bindings/IpcError';

export type { Pack, Status, Hit };

/** A command failed; `kind` is stable (see src-tauri/src/error.rs), `message` is for people. */
export class CommandError extends Error {
  constructor(
    readonly kind: string,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && 'kind' in e && 'message' in e;
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isIpcError(e)) throw new CommandError(e.kind, e.message);
    throw new CommandError('ipc', String(e));
  }
}

export const getPack = () => call<Pack>('pack');

/** `at` is an RFC 3339 instant (rehearsal clock); omitted means the real clock. */
export const agendaStatus = (at?: string) => call<Status>('agenda_status', { at: at ?? null });

export const search = (query: string, limit: number, session?: string | null) =>
  call<Hit[]>('search', { query, limit, session: session ?? null });

/** Fluent source of the app's own strings for one locale. */
export const uiStrings = (locale: string) => call<string>('ui_strings', { locale });
