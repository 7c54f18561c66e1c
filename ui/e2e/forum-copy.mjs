// A scratch copy of the built-in forum pack (event.json and both locales' forum folders) for the specs that
// edit a pack: they edit the copy, never the repository's locales/.
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export function copyForum(root, pack) {
  mkdirSync(pack, { recursive: true });
  cpSync(join(root, 'locales/event.json'), join(pack, 'event.json'));
  for (const l of ['en-US', 'ko']) cpSync(join(root, 'locales', l, 'forum'), join(pack, l, 'forum'), { recursive: true });
}
