// One way to run a shell call behind a button: the panel is busy for the call's duration (its buttons
// disabled), and a failure becomes the text to show rather than an unhandled rejection.
import { errorText } from './ipc';

/** Runs `task` with `setBusy(true)` around it; the failure's text, or null when it succeeded. */
export async function whileBusy(setBusy: (busy: boolean) => void, task: () => Promise<unknown>): Promise<string | null> {
  setBusy(true);
  try {
    await task();
    return null;
  } catch (e) {
    return errorText(e);
  } finally {
    setBusy(false);
  }
}
