// Shared by the unit tests only (the app never imports it): the IPC mock that records what the page sends,
// and the real Fluent files of a UI language.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { mockIPC } from '@tauri-apps/api/mocks';

/** Mocks IPC so that every command answers `reply`; the calls, in order, as [command, arguments]. */
export function recordCalls(reply: unknown = null): [string, unknown][] {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    return reply;
  });
  return calls;
}

/** Every .ftl file of `loc` in locales/, joined in name order, as `ui_strings` sends them. */
export function ftl(loc: string): string {
  const dir = resolve(__dirname, `../../../locales/${loc}/booth`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .sort()
    .map((f) => readFileSync(resolve(dir, f), 'utf8'))
    .join('\n');
}
