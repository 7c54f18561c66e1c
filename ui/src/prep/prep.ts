// Who and what belong to a session: the people of its blocks (moderators first, then speakers in programme
// order, each once) and the glossary concepts linked to it in event.json.
import type { Pack } from '../lib/ipc';
import type { Person } from '../lib/bindings/Person';
import type { Concept } from '../lib/bindings/Concept';

export function sessionPeople(pack: Pack, session: string): { person: Person; moderator: boolean }[] {
  const out: { person: Person; moderator: boolean }[] = [];
  const seen = new Set<string>();
  const add = (id: string | null, moderator: boolean) => {
    if (!id || seen.has(id)) return;
    const person = pack.people.find((p) => p.id === id);
    if (!person) return;
    seen.add(id);
    out.push({ person, moderator });
  };
  const blocks = pack.agenda.blocks.filter((b) => b.session === session);
  for (const b of blocks) add(b.moderator, true);
  for (const b of blocks) for (const it of b.items) add(it.speaker, false);
  return out;
}

export function sessionTerms(pack: Pack, session: string): Concept[] {
  return pack.glossary.filter((c) => c.sessions.includes(session));
}
