// The booth sheet's content: per session, its blocks with times, its people and its terms in both
// languages, sorted the way an interpreter scans a printed page (terms alphabetically by reference term).
import type { Pack } from '../lib/ipc';
import type { Concept } from '../lib/bindings/Concept';
import type { Person } from '../lib/bindings/Person';
import type { Session } from '../lib/bindings/Session';
import type { Block } from '../lib/bindings/Block';
import { sessionPeople, sessionTerms } from '../prep/prep';

export interface SheetPage {
  session: Session;
  blocks: Block[];
  people: { person: Person; moderator: boolean }[];
  terms: Concept[];
}

export function sheetPages(pack: Pack, session: string | null): SheetPage[] {
  const ref = pack.locales[0];
  return pack.sessions
    .filter((s) => session === null || s.id === session)
    .map((s) => ({
      session: s,
      blocks: pack.agenda.blocks.filter((b) => b.session === s.id),
      people: sessionPeople(pack, s.id),
      terms: [...sessionTerms(pack, s.id)].sort((a, b) => (a.term[ref] ?? a.id).localeCompare(b.term[ref] ?? b.id, ref, { sensitivity: 'base' })),
    }));
}
