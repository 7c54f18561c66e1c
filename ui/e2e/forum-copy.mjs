// A scratch copy of the built-in forum pack (event.json and both locales' forum folders) for the specs that
// edit a pack: they edit the copy, never the repository's locales/.
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function copyForum(root, pack) {
  mkdirSync(pack, { recursive: true });
  cpSync(join(root, 'locales/event.json'), join(pack, 'event.json'));
  for (const l of ['en-US', 'ko']) cpSync(join(root, 'locales', l, 'forum'), join(pack, l, 'forum'), { recursive: true });
}

// The temporary folder of a spec that runs in a session of its own: `make` (from the spec's `args`) creates
// it with a forum copy in `pack`, beside which the spec may write its own files; `cleanup` (the spec's
// `cleanup`) removes it.
export class ScratchForum {
  dir = null;

  constructor(name) {
    this.name = name;
  }

  get pack() {
    return join(this.dir, 'pack');
  }

  make(root) {
    this.dir = mkdtempSync(join(tmpdir(), `booth-e2e-${this.name}-`));
    copyForum(root, this.pack);
    return this.pack;
  }

  cleanup = () => {
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
  };
}
