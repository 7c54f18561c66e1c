// Pure helpers of the import/export and review screens (tested in exchange.test.ts): what a conflict's
// fields hold, the decisions sent to the shell, progress as a percentage, and the review lists.
import type { Concept } from '../lib/bindings/Concept';
import type { ColumnChoice } from '../lib/bindings/ColumnChoice';
import type { ImportConflict } from '../lib/bindings/ImportConflict';
import type { ImportDecision } from '../lib/bindings/ImportDecision';
import type { ImportProgress } from '../lib/bindings/ImportProgress';
import type { PendingReview } from '../lib/bindings/PendingReview';
import type { Review } from '../lib/bindings/Review';
import type { ReviewStatus } from '../lib/bindings/ReviewStatus';

/** The text of one field named as the core names it in previews: `term.ko`, `alt.en-US`, `domain`, `sessions`. */
export function fieldValue(c: Concept, field: string): string {
  const dot = field.indexOf('.');
  const name = dot < 0 ? field : field.slice(0, dot);
  const loc = dot < 0 ? '' : field.slice(dot + 1);
  switch (name) {
    case 'term':
      return c.term[loc] ?? '';
    case 'abbr':
      return c.abbr[loc] ?? '';
    case 'note':
      return c.note[loc] ?? '';
    case 'alt':
      return (c.alt[loc] ?? []).join('; ');
    case 'domain':
      return c.domain ?? '';
    case 'sessions':
      return c.sessions.join('; ');
    default:
      return '';
  }
}

/** Every conflict gets an explicit answer: `import` for the keys the user took, `skip` for the rest. */
export function decisionsFor(conflicts: ImportConflict[], taken: ReadonlySet<string>): Record<string, ImportDecision> {
  return Object.fromEntries(conflicts.map((c) => [c.key, taken.has(c.key) ? 'import' : 'skip']));
}

/** Whole percent done, 0–100 (an empty file is done). */
export function percent(p: ImportProgress | null): number {
  if (!p || p.total <= 0) return p ? 100 : 0;
  return Math.max(0, Math.min(100, Math.floor((p.done * 100) / p.total)));
}

/** One reviewer's verdict on one rendering. */
export function verdictOf(reviews: Review[], reviewer: string, concept: string, locale: string, term: string): Review | undefined {
  return reviews.find((r) => r.reviewer === reviewer && r.concept === concept && r.locale === locale && r.term === term);
}

/** Everyone's verdicts on a rendering, and whether they agree (as the core decides what TBX export writes). */
export function consensus(reviews: Review[], concept: string, locale: string, term: string): { count: number; agreed: ReviewStatus | null } {
  const mine = reviews.filter((r) => r.concept === concept && r.locale === locale && r.term === term);
  const statuses = new Set(mine.map((r) => r.status));
  return { count: mine.length, agreed: statuses.size === 1 ? [...statuses][0] : null };
}

export type PendingGroup = { session: string; reviewer: string; items: PendingReview[] };

/** Pending reviews grouped by session and reviewer, in the order the core lists them. */
export function groupPending(pending: PendingReview[]): PendingGroup[] {
  const out: PendingGroup[] = [];
  const at = new Map<string, PendingGroup>();
  for (const p of pending) {
    const key = `${p.session}\u0000${p.reviewer}`;
    let g = at.get(key);
    if (!g) {
      g = { session: p.session, reviewer: p.reviewer, items: [] };
      at.set(key, g);
      out.push(g);
    }
    g.items.push(p);
  }
  return out;
}

/** Fields an unknown column can be read as (docs/PACK.md, "Glossary fields"), in the order the menu lists them. */
export const COLUMN_FIELDS = ['term', 'abbr', 'alt', 'note', 'definition', 'context', 'source'] as const;

/** A column choice as a menu value: `keep`, `note`, `drop`, or `field:<field>:<locale>`. */
export function choiceKey(c: ColumnChoice): string {
  return c.as === 'field' ? `field:${c.field}:${c.locale}` : c.as;
}

/** The choice a menu value stands for (see choiceKey); anything unknown keeps the column. */
export function choiceOf(key: string): ColumnChoice {
  if (key === 'note' || key === 'drop') return { as: key };
  const [kind, field, ...locale] = key.split(':');
  if (kind === 'field' && field && locale.length) return { as: 'field', field, locale: locale.join(':') };
  return { as: 'keep' };
}
