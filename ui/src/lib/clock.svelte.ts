// Which "now" the app follows: the real clock, or a rehearsal clock that runs at 1× from a chosen instant.
// The mode is always visible in the header, so nobody mistakes a rehearsal for the live event. Turning an
// event-zone wall-clock time into an instant is the core's job (ipc.eventInstant), never done here.

//
// A rehearsal is remembered per pack (localStorage, keyed by the pack's id) until the user returns to the
// real clock: reopened, the app resumes rehearsing that pack from the instant the rehearsal was started.

let mode = $state<'real' | 'rehearsal'>('real');
let offsetMs = 0; // rehearsal instant minus real instant
let nowMs = $state(Date.now());
let packId: string | null = null;
const SAVED = 'booth.rehearsal.v1';

/** Rehearsal start instants by pack id, as stored; anything unreadable is ignored. */
export function readSaved(stored: string | null): Record<string, number> {
  try {
    const v = stored ? JSON.parse(stored) : {};
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    return Object.fromEntries(
      Object.entries(v as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])),
    );
  } catch {
    return {};
  }
}

function remember(instantMs: number | null) {
  if (!packId) return;
  try {
    const saved = readSaved(localStorage.getItem(SAVED));
    if (instantMs === null) delete saved[packId];
    else saved[packId] = instantMs;
    localStorage.setItem(SAVED, JSON.stringify(saved));
  } catch {
    // No storage (private mode, tests): the rehearsal simply is not remembered.
  }
}

setInterval(() => {
  nowMs = Date.now() + (mode === 'rehearsal' ? offsetMs : 0);
}, 250);

export const clock = {
  get mode() {
    return mode;
  },
  get now(): number {
    return nowMs;
  },
  /** RFC 3339 of the rehearsal instant, or undefined on the real clock (the core then uses its own). */
  get at(): string | undefined {
    return mode === 'rehearsal' ? new Date(nowMs).toISOString() : undefined;
  },
  /** Runs the rehearsal clock at 1× from `instantMs` (a jump to an item, or a chosen time). */
  rehearseFrom(instantMs: number) {
    offsetMs = instantMs - Date.now();
    mode = 'rehearsal';
    nowMs = instantMs;
    remember(instantMs);
  },
  backToReal() {
    mode = 'real';
    offsetMs = 0;
    nowMs = Date.now();
    remember(null);
  },
  /** The open pack: a rehearsal remembered for it resumes from the instant it was started. */
  usePack(id: string) {
    if (packId === id) return;
    packId = id;
    let saved: Record<string, number> = {};
    try {
      saved = readSaved(localStorage.getItem(SAVED));
    } catch {
      saved = {};
    }
    const at = saved[id];
    if (at !== undefined) {
      offsetMs = at - Date.now();
      mode = 'rehearsal';
      nowMs = at;
    } else {
      mode = 'real';
      offsetMs = 0;
      nowMs = Date.now();
    }
  },
};

/** The event's date (`YYYY-MM-DD`) is not today's date in the event zone. */
export function offEventDay(date: string, zone: string, nowMs: number): boolean {
  try {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(nowMs);
    return today !== date;
  } catch {
    return false;
  }
}
