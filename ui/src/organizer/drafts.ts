import type { Pack } from '../lib/bindings/Pack';
// Form state for the organizer's edit forms, and its conversion to the core's edit drafts. Forms hold plain
// strings (one per locale and field) so inputs can bind to them; the conversion drops empty values, because
// the core treats a missing locale as "cleared" and an empty string would be written as an empty value.
import type { Concept } from '../lib/bindings/Concept';
import type { Person } from '../lib/bindings/Person';
import type { PersonDraft } from '../lib/bindings/PersonDraft';
import type { Item } from '../lib/bindings/Item';
import type { ItemDraft } from '../lib/bindings/ItemDraft';
import type { ItemKind } from '../lib/bindings/ItemKind';

type Text = { [locale: string]: string };

export interface ConceptForm {
  id: string;
  term: Text;
  abbr: Text;
  /** Other renderings, `;`-separated as in the pack's `.alt` attribute. */
  alt: Text;
  note: Text;
  domain: string;
  sessions: string[];
}

export interface PersonForm {
  id: string;
  name: Text;
  honorific: Text;
  title: Text;
  affiliation: Text;
  role: Text;
  bio: Text;
  email: string;
  contact: boolean;
}

export interface ItemForm {
  id: string;
  block: string;
  kind: ItemKind;
  minutes: number;
  speaker: string;
  /** The other speakers, in order (a talk given by two people, a panel). */
  cospeakers: string[];
  title: Text;
}

export const ITEM_KINDS: ItemKind[] = ['remarks', 'keynote', 'presentation', 'discussant', 'qa', 'break', 'other'];

/** One string per locale (missing ones empty), so every locale gets an input. */
function full(t: { [k: string]: string | undefined } | undefined, locales: string[]): Text {
  return Object.fromEntries(locales.map((l) => [l, t?.[l] ?? '']));
}

/** Trimmed, empty values dropped. */
export function compact(t: Text): Text {
  const out: Text = {};
  for (const [l, v] of Object.entries(t)) if (v.trim()) out[l] = v.trim();
  return out;
}

export function conceptForm(c: Concept | null, locales: string[]): ConceptForm {
  return {
    id: c?.id ?? '',
    term: full(c?.term, locales),
    abbr: full(c?.abbr, locales),
    alt: Object.fromEntries(locales.map((l) => [l, (c?.alt[l] ?? []).join('; ')])),
    note: full(c?.note, locales),
    domain: c?.domain ?? '',
    sessions: [...(c?.sessions ?? [])],
  };
}

export function toConcept(f: ConceptForm): Concept {
  const alt: { [l: string]: string[] } = {};
  for (const [l, v] of Object.entries(f.alt)) {
    const parts = v
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    if (parts.length) alt[l] = parts;
  }
  return {
    id: f.id.trim(),
    term: compact(f.term),
    abbr: compact(f.abbr),
    alt,
    note: compact(f.note),
    domain: f.domain.trim() || null,
    sessions: [...f.sessions],
    // Read from `# UNVERIFIED` comments in the files; an edit never writes it.
    unverified: [],
  };
}

export function personForm(p: Person | null, locales: string[]): PersonForm {
  return {
    id: p?.id ?? '',
    name: full(p?.name, locales),
    honorific: full(p?.honorific, locales),
    title: full(p?.title, locales),
    affiliation: full(p?.affiliation, locales),
    role: full(p?.role, locales),
    bio: full(p?.bio, locales),
    email: p?.email ?? '',
    contact: p?.contact ?? false,
  };
}

export function toPerson(f: PersonForm): PersonDraft {
  return {
    id: f.id.trim(),
    name: compact(f.name),
    honorific: compact(f.honorific),
    title: compact(f.title),
    affiliation: compact(f.affiliation),
    role: compact(f.role),
    bio: compact(f.bio),
    email: f.email.trim() || null,
    contact: f.contact,
  };
}

export function itemForm(it: Item | null, block: string, locales: string[]): ItemForm {
  return {
    id: it?.id ?? '',
    block,
    kind: it?.kind ?? 'presentation',
    minutes: it?.minutes ?? 10,
    speaker: it?.speaker ?? '',
    cospeakers: [...(it?.cospeakers ?? [])],
    title: full(it?.title, locales),
  };
}

export function toItem(f: ItemForm): ItemDraft {
  return {
    id: f.id.trim(),
    block: f.block,
    kind: f.kind,
    minutes: Math.max(0, Math.round(Number(f.minutes) || 0)),
    speaker: f.speaker || null,
    cospeakers: f.cospeakers.filter((id) => id && id !== f.speaker),
    title: compact(f.title),
    position: null,
  };
}

/** A pack id (`[a-z0-9-]`, docs/PACK.md) from a name, made unique among `taken`. */
export function newId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'new';
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** What is missing before a form can be saved: ids of the UI messages to show (empty: ready). */
export function conceptProblems(f: ConceptForm, locales: string[]): string[] {
  const out: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]*$/.test(f.id.trim())) out.push('org-problem-id');
  if (locales.some((l) => !f.term[l]?.trim())) out.push('org-problem-both-terms');
  return out;
}

/** What each of the organizer's entry forms (organizer/forms/) is given: the pack as edited, the form
 * (bindable: cleared when the entry is deleted), whether it is a new entry, and how to show a name. */
export interface EditorProps<F> {
  pack: Pack;
  form: F | null;
  isNew: boolean;
  editable: boolean;
  reload: () => Promise<void>;
  name: (txt: { [k: string]: string | undefined }) => string;
}
