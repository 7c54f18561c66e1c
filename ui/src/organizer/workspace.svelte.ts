// The organizer's shared state: the workspace as the shell last reported it, a conflict waiting for the
// user, and the last message. App.svelte (live reloads, entry points) and the organizer view both use it.
import {
  applyEdits,
  errorText, getWorkspace,
  redoEdit,
  resolveConflict,
  savePack,
  undoEdit,
  type Edit,
  type MergeSide,
  type Resolution,
  type WorkspaceView,
} from '../lib/ipc';
import type { SaveConflict } from '../lib/bindings/SaveConflict';
import { t } from '../i18n/i18n.svelte';

export const org = $state<{
  ws: WorkspaceView | null;
  conflict: SaveConflict | null;
  /** A UI message id and its arguments, or a core message as text. */
  message: { id?: string; args?: Record<string, string | number>; text?: string; error?: boolean } | null;
}>({ ws: null, conflict: null, message: null });

export async function loadWorkspace() {
  org.ws = await getWorkspace();
}

function fail(e: unknown) {
  org.message = { text: errorText(e), error: true };
}

/** Runs a workspace command; on success `after` runs (the window reloads the pack). */
async function run(cmd: () => Promise<WorkspaceView>, after: () => Promise<void>): Promise<boolean> {
  try {
    org.ws = await cmd();
    await after();
    return true;
  } catch (e) {
    fail(e);
    return false;
  }
}

export const edit = (label: string, edits: Edit[], after: () => Promise<void>) => run(() => applyEdits(label, edits), after);
export const undo = (after: () => Promise<void>) => run(undoEdit, after);
export const redo = (after: () => Promise<void>) => run(redoEdit, after);

/** Saves; a conflict is kept for the conflict panel and nothing is written. */
export async function save(): Promise<boolean> {
  try {
    const out = await savePack();
    org.ws = out.workspace;
    org.conflict = out.conflict;
    org.message = out.conflict
      ? { id: 'org-conflict-stopped', error: true }
      : { id: 'org-saved', args: { count: out.saved?.written.length ?? 0 } };
    return !out.conflict;
  } catch (e) {
    fail(e);
    return false;
  }
}

export async function resolve(file: string, how: Resolution, after: () => Promise<void>, choices?: Record<string, MergeSide>) {
  try {
    const r = await resolveConflict(file, how, choices);
    org.ws = r.workspace;
    if (org.conflict) {
      const rest = org.conflict.files.filter((f) => f.file !== file);
      org.conflict = rest.length ? { files: rest } : null;
    }
    org.message = r.copy ? { id: 'org-kept-copy', args: { file: r.copy } } : { id: 'org-resolved', args: { file } };
    await after();
  } catch (e) {
    fail(e);
  }
}

/** Deletes one concept, person or agenda item as an undo step; true when it was applied. */
export function deleteEntry(op: 'deleteConcept' | 'deletePerson' | 'deleteItem', id: string, reload: () => Promise<void>): Promise<boolean> {
  return edit(t('org-step-delete', { id }), [{ op, id }], reload);
}
