// Which "now" the app follows: the real clock, or a rehearsal clock that runs at 1× from a chosen instant.
// The mode is always visible in the header, so nobody mistakes a rehearsal for the live event. Turning an
// event-zone wall-clock time into an instant is the core's job (ipc.eventInstant), never done here.

let mode = $state<'real' | 'rehearsal'>('real');
let offsetMs = 0; // rehearsal instant minus real instant
let nowMs = $state(Date.now());

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
  },
  backToReal() {
    mode = 'real';
    offsetMs = 0;
    nowMs = Date.now();
  },
};
