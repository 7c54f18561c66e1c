// What the glossary lists, decided outside the component so it can be tested without a DOM: search hits
// when there is a query, the current session's concepts when there is none. The shell sends the concepts
// with the hits and caps the listing (a merged glossary has 100,000 concepts; the page never holds them).
import type { Concept } from '../lib/bindings/Concept';
import type { Hit } from '../lib/bindings/Hit';
import type { Found } from '../lib/bindings/Found';
import type { Listing } from '../lib/bindings/Listing';

export type Row = { concept: Concept; hit: Hit | null };

/** The empty-query listing as rows. */
export interface Listed {
  rows: Row[];
  /** How many concepts the listing stands for (more than `rows.length` when capped). */
  total: number;
  /** Whether the rows are the session's concepts (true) or the glossary from the top (false). */
  session: boolean;
}

/** Search results as rows, in the core's ranking order. */
export function foundRows(found: Found[]): Row[] {
  return found.map((f) => ({ concept: f.concept, hit: f.hit }));
}

/** The shell's empty-query listing as rows. */
export function listingRows(l: Listing): Listed {
  return { rows: l.concepts.map((concept) => ({ concept, hit: null })), total: l.total, session: l.session };
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
