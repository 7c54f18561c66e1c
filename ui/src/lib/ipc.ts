// The only module that talks to Tauri. Everything else imports these functions, so tests mock IPC here
// (with @tauri-apps/api/mocks) and nowhere else. Payload types are generated from Rust by ts-rs.
import { convertFileSrc, invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type { Pack } from './bindings/Pack';
import type { Status } from './bindings/Status';
import type { Hit } from './bindings/Hit';
import type { IpcError } from './bindings/IpcError';
import type { ErrorKind } from './bindings/ErrorKind';
import type { AgendaView } from './bindings/AgendaView';
import type { ZoneList } from './bindings/ZoneList';
import type { PackHead } from './bindings/PackHead';
import type { Listing } from './bindings/Listing';
import type { Found } from './bindings/Found';
import type { SearchRequest } from './bindings/SearchRequest';

import type { WorkspaceView } from './bindings/WorkspaceView';
import type { Report } from './bindings/Report';
import type { Edit } from './bindings/Edit';
import type { SaveOutcome } from './bindings/SaveOutcome';
import type { Resolution } from './bindings/Resolution';
import type { Resolved } from './bindings/Resolved';
import type { MergeSide } from './bindings/MergeSide';
import type { PackChanged } from './bindings/PackChanged';
import type { Template } from './bindings/Template';
import type { ImportView } from './bindings/ImportView';
import type { ImportOutcome } from './bindings/ImportOutcome';
import type { ImportDecision } from './bindings/ImportDecision';
import type { ColumnChoice } from './bindings/ColumnChoice';
import type { ExtraColumn } from './bindings/ExtraColumn';
import type { ImportProgress } from './bindings/ImportProgress';
import type { OpeningProgress } from './bindings/OpeningProgress';
import type { ExportFormat } from './bindings/ExportFormat';
import type { ExportDone } from './bindings/ExportDone';
import type { ReviewBoard } from './bindings/ReviewBoard';
import type { Prompted } from './bindings/Prompted';
import type { PromptRequest } from './bindings/PromptRequest';
import type { Quantity } from './bindings/Quantity';
import type { SpeechModel } from './bindings/SpeechModel';
import type { InputDevice } from './bindings/InputDevice';
import type { ListenRequest } from './bindings/ListenRequest';
import type { ListenStarted } from './bindings/ListenStarted';
import type { Heard } from './bindings/Heard';
import type { ListenState } from './bindings/ListenState';

export type { Pack, Status, Hit, AgendaView, ZoneList, ErrorKind };
export type { PackHead, Listing, Found };
export type { WorkspaceView, Report, Edit, SaveOutcome, Resolution, Resolved, MergeSide, PackChanged, Template };
export type { ImportView, ImportOutcome, ImportDecision, ColumnChoice, ExtraColumn, ImportProgress, OpeningProgress, ExportFormat, ExportDone, ReviewBoard };
export type { Prompted, Quantity, SpeechModel, InputDevice, ListenRequest, ListenStarted, Heard, ListenState };

/** A command failed; `kind` is one of the shell's `ErrorKind`s (src-tauri/src/error.rs), `message` is for people. */
export class CommandError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

function isIpcError(e: unknown): e is IpcError {
  return typeof e === 'object' && e !== null && 'kind' in e && 'message' in e;
}

/**
 * Whether waiting for something (the shell's `pack-ready` event) makes the same call succeed. A `Record`
 * over every kind, so a kind added in Rust does not compile here until it is decided.
 */
const TRANSIENT: Record<ErrorKind, boolean> = {
  loading: true,
  io: false,
  invalidPack: false,
  pathEscapesPack: false,
  invalidArgument: false,
  conflict: false,
  undoConflict: false,
  unknownId: false,
  inUse: false,
  import: false,
  corruptState: false,
  otherPack: false,
  nothingToShift: false,
  unknownItem: false,
  nothingToUndo: false,
  nothingToRedo: false,
  readOnly: false,
  unsavedEdits: false,
  folderNotEmpty: false,
  document: false,
  documentExists: false,
  notRecent: false,
  noImport: false,
  forbidden: false,
  speechModel: false,
  sharing: false,
  internal: false,
  ipc: false,
};

/** The text to show for any failure: a command's message, or what else was thrown. */
export function errorText(e: unknown): string {
  return e instanceof CommandError ? e.message : String(e);
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isIpcError(e)) throw new CommandError(e.kind, e.message);
    throw new CommandError('ipc', String(e));
  }
}

/** The whole pack, glossary included (the organizer and prep views; tens of MB for a 100k-concept pack). */
export const getPack = () => call<Pack>('pack');

/** The pack without its glossary: what the live view paints (agenda, people, titles, diagnostics). */
export const getPackHead = () => call<PackHead>('pack_head');

/** The empty-search listing: the session's concepts (or the glossary from the top), at most `limit`. */
export const glossaryListing = (session: string | null, limit: number) =>
  call<Listing>('glossary_listing', { session, limit });

/**
 * Runs `get` once the shell has loaded the first pack. The shell loads and indexes it on a background
 * thread while the window starts; until then the pack's commands fail with kind `loading` and the shell
 * emits `pack-ready` when it is done. Race-free: after the listener is in place, `get` is tried again
 * before waiting for the event.
 */
export async function whenPackLoaded<T>(get: () => Promise<T>): Promise<T> {
  const loading = (e: unknown) => e instanceof CommandError && TRANSIENT[e.kind];
  try {
    return await get();
  } catch (e) {
    if (!loading(e)) throw e;
  }
  let ready!: () => void;
  const loaded = new Promise<void>((r) => (ready = r));
  let stop: () => void;
  try {
    stop = await listen('pack-ready', () => ready());
  } catch (e) {
    throw new CommandError('ipc', String(e));
  }
  try {
    try {
      return await get();
    } catch (e) {
      if (!loading(e)) throw e;
    }
    await loaded;
    return await get();
  } finally {
    stop();
  }
}

/**
 * `at` is an RFC 3339 instant (rehearsal clock); omitted means the real clock. `localZone` is the user's IANA
 * zone (omitted: the system's). The running-late record is applied by the core.
 */
export const agendaStatus = (at?: string, localZone?: string | null) =>
  call<Status>('agenda_status', { at: at ?? null, localZone: localZone ?? null });

/** The agenda with the running-late record applied, times also in `localZone`. */
export const getAgenda = (localZone?: string | null) => call<AgendaView>('agenda', { localZone: localZone ?? null });

/** The instant (RFC 3339) of an event-zone wall-clock `HH:MM` on the event day, computed by the core. */
export const eventInstant = (time: string) => call<string>('event_instant', { time });

/** "Running `minutes` late" (negative: ahead) as of `at`; returns the new agenda. */
export const shiftRemaining = (minutes: number, at?: string, localZone?: string | null) =>
  call<AgendaView>('shift_remaining', { minutes, at: at ?? null, localZone: localZone ?? null });

/** "This item started now" (`at`); returns the new agenda. */
export const markStarted = (item: string, at?: string, localZone?: string | null) =>
  call<AgendaView>('mark_started', { item, at: at ?? null, localZone: localZone ?? null });

/** Removes the last running-late adjustment; returns the new agenda. */
export const undoShift = (localZone?: string | null) => call<AgendaView>('undo_shift', { localZone: localZone ?? null });

/** The UI locale negotiated from the OS's preferred locales (first start only). */
export const osUiLocale = () => call<string>('os_ui_locale');

/** The system zone and every IANA zone the core knows. */
export const timeZones = () => call<ZoneList>('time_zones');

/** Glossary search: each hit with its concept (the page holds no glossary of its own). */
export const search = (query: string, limit: number, session?: string | null) =>
  call<Found[]>('search', { request: { query, limit, session: session ?? null } satisfies SearchRequest });

/** Set once the search scheme failed to answer at all: no second synchronous attempt. */
let instantUnavailable = false;

/**
 * The same search, answered before this function returns: a synchronous request to the shell's
 * `booth-search` scheme (src-tauri/src/search_scheme.rs explains why), so a keystroke's results are in the DOM
 * before the frame that paints the typed character. Returns `null` when the scheme cannot be reached (a
 * test page, a platform without it); the caller then uses {@link search}. An answer with an error (the
 * pack still loading, bad arguments) throws {@link CommandError} like the command.
 */
export function searchNow(query: string, limit: number, session?: string | null): Found[] | null {
  if (instantUnavailable) return null;
  const args: SearchRequest = { query, limit, session: session ?? null };
  let status: number;
  let text: string;
  try {
    const request = new XMLHttpRequest();
    request.open('POST', convertFileSrc('search', 'booth-search'), false);
    request.setRequestHeader('Content-Type', 'application/json');
    request.send(JSON.stringify(args));
    status = request.status;
    text = request.responseText;
  } catch {
    instantUnavailable = true;
    return null;
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  if (status === 200 && Array.isArray(body)) return body as Found[];
  if (isIpcError(body)) throw new CommandError(body.kind, body.message);
  instantUnavailable = true;
  return null;
}

/** For tests: try the search scheme again. */
export function resetSearchNow(): void {
  instantUnavailable = false;
}

/** Fluent source of the app's own strings for one locale. */
export const uiStrings = (locale: string) => call<string>('ui_strings', { locale });

// ---- Organizer: open, check, edit and save pack folders (src-tauri/src/organizer.rs). ----

/** The open folder (none for the built-in pack), unsaved files, undo/redo labels, recent packs. */
export const getWorkspace = () => call<WorkspaceView>('workspace');

/** Shows the native folder dialog (run by the shell: the page never names a path); null when cancelled. */
export const openPack = () => call<WorkspaceView | null>('open_pack');

/** Opens a folder from the shell's own recent list (any other path is refused with `notRecent`). */
export const openRecent = (path: string) => call<WorkspaceView>('open_recent', { path });

/** Creates a pack from a template in an empty folder chosen in the native dialog; null when cancelled. */
export const newPack = (template: Template) => call<WorkspaceView | null>('new_pack', { template });

/** `booth check` on the open pack as saved on disk. */
export const checkPack = () => call<Report>('check_pack');

/** Applies edits as one undo step (nothing is written until savePack). */
export const applyEdits = (label: string, edits: Edit[]) => call<WorkspaceView>('apply_edits', { label, edits });

export const undoEdit = () => call<WorkspaceView>('undo_edit');
export const redoEdit = () => call<WorkspaceView>('redo_edit');

/** Saves atomically; a file changed on disk is never overwritten: the outcome then carries the conflict. */
export const savePack = () => call<SaveOutcome>('save_pack');

/** Resolves one conflicting file: reload it, keep ours to a copy, or merge (per-entry choices, default ours). */
export const resolveConflict = (file: string, resolution: Resolution, choices?: Record<string, MergeSide>) =>
  call<Resolved>('resolve_conflict', { file, resolution, choices: choices ?? null });

/** Catches up with the disk now (the shell's watcher does this by itself). */
export const reloadPack = () => call<PackChanged | null>('reload_pack');

/**
 * Asks for a glossary file in the native dialog (run by the shell: the page never names a path), reads it
 * (progress through onImportProgress) and previews it against the pack as edited; null when cancelled.
 */
export const importGlossary = () => call<ImportView | null>('import_glossary');

/** Applies the previewed import as one undo step (conflicts by key; a missing key is skipped). */
export const importApply = (decisions: Record<string, ImportDecision>) => call<ImportOutcome>('import_apply', { decisions });

/** Previews the waiting import again with a choice per unnamed column (by field; a column not named is kept). */
export const importColumns = (choices: Record<string, ColumnChoice>) => call<ImportView>('import_columns', { choices });

/** Writes the glossary as shown to a file chosen in the native save dialog; null when cancelled. */
export const exportGlossary = (format: ExportFormat) => call<ExportDone | null>('export_glossary', { format });

/** Reviews given, each session's reviewers and terms, and what is pending (pack as edited). */
export const reviewBoard = () => call<ReviewBoard>('review_board');

/** Closes the window after the user answered the unsaved-edits question (`discard`: drop the edits). */
export const closeWindow = (discard: boolean) => call<void>('close_window', { discard });

/** Start-up benchmark signal: the first agenda is on screen (a no-op unless the shell runs the probe). */
export const startupPainted = () => call<void>('startup_painted');

/** Calls `handler` each time the shell reloaded the pack from disk; returns the function that stops it. */
export async function onPackChanged(handler: (change: PackChanged) => void): Promise<() => void> {
  try {
    return await listen<PackChanged>('pack-changed', (e) => handler(e.payload));
  } catch (e) {
    throw new CommandError('ipc', String(e));
  }
}

async function on<T>(event: string, handler: (payload: T) => void): Promise<() => void> {
  try {
    return await listen<T>(event, (e) => handler(e.payload));
  } catch (e) {
    throw new CommandError('ipc', String(e));
  }
}

/** Progress while the shell reads an import file (`done` of `total` bytes or rows). */
export const onImportProgress = (handler: (p: ImportProgress) => void) => on<ImportProgress>('import-progress', handler);

/** While a big pack's glossary loads (after the agenda and people are shown): how far it has got. */
export const onPackOpening = (handler: (p: OpeningProgress) => void) => on<OpeningProgress>('pack-opening', handler);

/** A big pack's glossary has loaded: the agenda and people were shown before it (`PackHead.glossaryLoading`). */
export const onGlossaryReady = (handler: () => void) => on<null>('glossary-ready', () => handler());

/** The user closed the window while the pack has unsaved edits; the shell kept it open and waits for closeWindow. */
export const onCloseRequested = (handler: () => void) => on<null>('close-requested', () => handler());

/**
 * Prompts of a line heard or typed live (`at`: when, RFC 3339; the agenda then says who speaks). Terms and
 * people come once per `cooldownS` seconds (the shell keeps the window's cool-down), numbers always.
 */
export const livePrompts = (text: string, at: string | undefined, cooldownS: number) =>
  call<Prompted[]>('prompts', { request: { text, at: at ?? null } satisfies PromptRequest, cooldownS });

/** Every prompt of a pasted script (no cool-down). */
export const annotate = (text: string) => call<Prompted[]>('annotate', { request: { text, at: null } satisfies PromptRequest });

/** The number box: one quantity in both scales, or null while what is typed is not one. */
export const convertNumber = (text: string) => call<Quantity | null>('convert_number', { text });

/** Forgets the live cool-down (a new speech). */
export const resetPrompts = () => call<void>('reset_prompts');

/** The speech model listening would use, or null when there is none. */
export const speechModel = (language: string) => call<SpeechModel | null>('speech_model', { language });

/** Asks for a whisper.cpp model file (the system's dialog, run by the shell), checks and copies it. */
export const chooseSpeechModel = () => call<SpeechModel | null>('choose_speech_model');

/** Capture devices, the system's default first. */
export const inputDevices = () => call<InputDevice[]>('input_devices');

/** Starts listening; null when the user cancelled the file dialog. What is heard arrives through {@link onHeard}. */
export const listenStart = (request: ListenRequest) => call<ListenStarted | null>('listen_start', { request });

/** Stops listening. */
export const listenStop = () => call<void>('listen_stop');

/** Everything a listening session says: prompts, caption, state, level, problems. */
export const onHeard = (handler: (heard: Heard) => void) => on<Heard>('listen', handler);

// Booth partners (issue 18): the handover timer and pushes, sharing with the booth team.
import type { PartnersView } from './bindings/PartnersView';
import type { PartnerInterface } from './bindings/PartnerInterface';
import type { PartnerPushWhat } from './bindings/PartnerPushWhat';
import type { PartnerCompanionLabels } from './bindings/PartnerCompanionLabels';
import type { PartnerRole } from './bindings/PartnerRole';
export type { PartnersView, PartnerInterface, PartnerPushWhat, PartnerCompanionLabels, PartnerRole };

export const partnersView = () => call<PartnersView>('partners_view');
export const partnersInterfaces = () => call<PartnerInterface[]>('partners_interfaces');
export const partnersSetMe = (me: string, booth: string) => call<PartnersView>('partners_set_me', { me, booth });
export const partnersAddBooth = (id: string, name: string) => call<PartnersView>('partners_add_booth', { id, name });
export const partnersSetShift = (booth: string, minutes: number) =>
  call<PartnersView>('partners_set_shift', { booth, minutes });
export const partnersHandOver = (booth: string, to: string) => call<PartnersView>('partners_hand_over', { booth, to });
/** Pins something on `booth`'s card; `say` is the language the booth speaks (the rendering shown large). */
export const partnersPush = (booth: string, say: string, what: PartnerPushWhat) =>
  call<PartnersView>('partners_push', { booth, say, what });
export const partnersDismiss = (id: string) => call<PartnersView>('partners_dismiss', { id });
/** Starts sharing on one of this machine's addresses; `labels` are the phone page's words. */
export const partnersShare = (address: string, labels: PartnerCompanionLabels, lang: string) =>
  call<PartnersView>('partners_share', { address, labels, lang });
export const partnersPublish = (lang: string) => call<PartnersView>('partners_publish', { lang });
export const partnersJoin = (address: string, code: string) => call<PartnersView>('partners_join', { address, code });
export const partnersStop = () => call<PartnersView>('partners_stop');
export const partnersIssue = (role: PartnerRole) => call<PartnersView>('partners_issue', { role });
export const partnersRevoke = (id: string) => call<PartnersView>('partners_revoke', { id });
/** Every change of the team document, the link or the connections. */
export const onPartners = (handler: (view: PartnersView) => void) => on<PartnersView>('partners', handler);
/** The host's running-late record changed this (following) booth's agenda: fetch the agenda again. */
export const onPartnersLate = (handler: () => void) => on<null>('partners-late', () => handler());

// The Prep view's documents (issue 19): added through the shell's dialog, read, mined, drilled.
import type { KeptDocument } from './bindings/KeptDocument';
import type { Candidate } from './bindings/Candidate';
import type { Accepted } from './bindings/Accepted';
import type { DrillNext } from './bindings/DrillNext';
import type { DrillCard } from './bindings/DrillCard';
import type { DrillGrade } from './bindings/DrillGrade';
import type { DocumentWarning } from './bindings/DocumentWarning';
import type { TermPair } from './bindings/TermPair';
export type { KeptDocument, Candidate, Accepted, DrillNext, DrillCard, DrillGrade, DocumentWarning, TermPair };

/** The documents kept with the open pack folder (`session`'s only, when given). */
export const documentsList = (session: string | null) => call<KeptDocument[]>('documents_list', { session });
/** Asks for a document in the native dialog (run by the shell) and adds it to `session`; null when cancelled. */
export const documentsAdd = (session: string | null) => call<KeptDocument | null>('documents_add', { session });
/** One kept document's extracted text. */
export const documentText = (name: string) => call<string>('document_text', { name });
/** Term pairs from `name` and `other`, one document in English and Korean, with an aligned sentence pair each. */
export const documentPairs = (name: string, other: string) => call<TermPair[]>('document_pairs', { name, other });
/** Candidate terms of `session`'s documents (all documents when null), best first. */
export const documentCandidates = (session: string | null) => call<Candidate[]>('document_candidates', { session });
/** Adds candidate `key` to the glossary (a concept of `session`), through the organizer's editor. */
export const documentAccept = (key: string, session: string | null) => call<Accepted>('document_accept', { key, session });
/** Dismisses a candidate for this pack. */
export const documentDismiss = (key: string) => call<void>('document_dismiss', { key });
/** The next drill card of `session` (the whole pack when null) and how far the user is. */
export const drillNext = (session: string | null) => call<DrillNext>('drill_next', { session });
/** Whether `typed` answers the card. */
export const drillCheck = (session: string | null, card: string, typed: string) =>
  call<boolean>('drill_check', { session, card, typed });
/** Records a grade (progress saved beside the pack) and returns the next card. */
export const drillGrade = (session: string | null, card: string, grade: DrillGrade) =>
  call<DrillNext>('drill_grade', { session, card, grade });
import type { DroppedAdded } from './bindings/DroppedAdded';
export type { DroppedAdded };
/** Adds the files last dropped on the window (the shell kept their paths) to `session`. */
export const documentsAddDropped = (session: string | null) => call<DroppedAdded>('documents_add_dropped', { session });
/** Files were dropped on the window: their names (the shell keeps the paths). */
export const onDocumentsDropped = (handler: (names: string[]) => void) => on<string[]>('documents-dropped', handler);
