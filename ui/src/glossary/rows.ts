// What the glossary lists, decided outside the component so it can be tested without a DOM: search hits
// when there is a query, the current session's concepts when there is none — and never more rows than a
// person can read (a merged glossary has 100,000 concepts; rendering them all would freeze the window).
import type { Concept } from '../lib/bindings/Concept';
import type { Hit } from '../lib/bindings/Hit';

export type Row = { concept: Concept; hit: Hit | null };

/** Most rows listed for an empty query. */
export const EMPTY_CAP = 200;

export interface Listing {
  rows: Row[];
  /** How many concepts the listing stands for (more than `rows.length` when capped). */
  total: number;
  /** Whether the rows are the session's concepts (true) or the glossary from the top (false). */
  session: boolean;
}

/** The empty-query listing: the session's concepts in pack order, or, without any, the glossary's first ones. */
export function emptyListing(glossary: Concept[], session: string | null, cap = EMPTY_CAP): Listing {
  const mine = session ? glossary.filter((c) => c.sessions.includes(session)) : [];
  const source = mine.length ? mine : glossary;
  return {
    rows: source.slice(0, cap).map((concept) => ({ concept, hit: null })),
    total: source.length,
    session: mine.length > 0,
  };
}

/** Hits as rows (hits that point outside the glossary are dropped rather than rendered broken). */
export function hitRows(glossary: Concept[], hits: Hit[]): Row[] {
  return hits.flatMap((hit) => (glossary[hit.concept] ? [{ concept: glossary[hit.concept], hit }] : []));
}

/** The row index after pressing ↑ (-1) or ↓ (+1), staying inside the list. */
export function move(selected: number, delta: number, count: number): number {
  if (count === 0) return -1;
  return Math.max(0, Math.min(count - 1, selected + delta));
}

/** Whether a hit's span lies in this field of this locale (and, for other renderings, this one). */
export function spanFor(hit: Hit | null, field: Hit['field'], locale: string, altIndex: number | null = null): Hit | null {
  if (!hit || hit.field !== field || hit.locale !== locale) return null;
  if (field === 'alt' && hit.altIndex !== altIndex) return null;
  return hit;
}
