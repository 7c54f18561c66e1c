// The shell's native file dialogs, answered in e2e: debug builds skip the dialog and read the user's choice
// from the file named by BOOTH_E2E_PICK (src-tauri/src/pick.rs), which run.mjs sets for the app.
import { writeFileSync } from 'node:fs';

// The function a spec calls before each click that opens a dialog: `answer(path)` chooses `path`,
// `answer(null)` cancels. Null, with a failed check, when run.mjs did not set the variable.
export function dialogAnswers(check) {
  const pick = process.env.BOOTH_E2E_PICK;
  if (!pick) {
    check('BOOTH_E2E_PICK is set for the app (run.mjs sets it)', false);
    return null;
  }
  return (path) => writeFileSync(pick, path ? `${path}\n` : '');
}
