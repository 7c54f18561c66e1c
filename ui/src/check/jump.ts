// Where a locale-check finding leads: the concept, person or agenda item it is about (the organizer's edit
// form opens there), or nothing, and the panel then shows the file, line and column instead.
import type { Finding } from '../lib/bindings/Finding';
import type { FindingLevel } from '../lib/bindings/FindingLevel';

export type Target = { kind: 'concept' | 'person' | 'item'; id: string };

const PREFIXES: [string, Target['kind']][] = [
  ['concept-', 'concept'],
  ['person-', 'person'],
  ['item-', 'item'],
];

/** The entry a finding is about, from its Fluent message id (`concept-sdgs` → concept `sdgs`). */
export function targetOf(f: Finding): Target | null {
  const id = f.id;
  if (!id) return null;
  for (const [prefix, kind] of PREFIXES) if (id.startsWith(prefix) && id.length > prefix.length) return { kind, id: id.slice(prefix.length) };
  return null;
}

/** `file:line:col` as editors and compilers print it (the parts that are known). */
export function where(f: Finding): string {
  return [f.file, f.line, f.column].filter((p) => p != null).join(':');
}

const ORDER: FindingLevel[] = ['error', 'missing', 'warning', 'obsolete'];

/** Findings grouped by level, most serious first (empty groups dropped). */
export function byLevel(findings: Finding[]): { level: FindingLevel; findings: Finding[] }[] {
  return ORDER.map((level) => ({ level, findings: findings.filter((f) => f.severity === level) })).filter((g) => g.findings.length);
}
