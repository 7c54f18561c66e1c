import { describe, expect, it } from 'vitest';
import { whileBusy } from './busy';
import { CommandError } from './ipc';

describe('whileBusy', () => {
  it('is busy exactly while the task runs and says nothing when it succeeds', async () => {
    const seen: boolean[] = [];
    let busyDuring: boolean | undefined;
    const out = await whileBusy(
      (b) => seen.push(b),
      async () => {
        busyDuring = seen.at(-1);
      },
    );
    expect(out).toBeNull();
    expect(busyDuring).toBe(true);
    expect(seen).toEqual([true, false]);
  });

  it("turns a failure into its text and is not busy after it", async () => {
    const seen: boolean[] = [];
    const out = await whileBusy(
      (b) => seen.push(b),
      () => Promise.reject(new CommandError('io', 'disk full')),
    );
    expect(out).toBe('disk full');
    expect(seen).toEqual([true, false]);
    expect(await whileBusy(() => {}, () => Promise.reject(new Error('boom')))).toBe('Error: boom');
  });
});
