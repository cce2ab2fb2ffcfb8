/** Sources as /sources/ groups and dates them. Pure. */
import type { SOURCE_KINDS } from '../../content/schemas.ts';

type SourceKind = (typeof SOURCE_KINDS)[number];

/** Headings of the groups, in French. */
export const SOURCE_KIND_HEADINGS: Record<SourceKind, string> = {
  entretien: 'L’entretien (source primaire)',
  officiel: 'Documents officiels',
  presse: 'Presse et autres publications',
};

/** How precise a partial ISO date is, in French: « au jour près », « au mois près », « à l’année près ». */
export function datePrecisionLabel(iso: string): string {
  const parts = iso.split('-').length;
  return parts === 3 ? 'au jour près' : parts === 2 ? 'au mois près' : 'à l’année près';
}

/** A source's kind; one without `kind:` is press (the default rule: most sources are articles). */
export const sourceKind = (s: { data: { kind?: SourceKind | undefined } }): SourceKind => s.data.kind ?? 'presse';

/** Sources by kind, each group by date (undated last), then publisher. */
export function sourcesByKind<T extends { id: string; data: { kind?: SourceKind | undefined; date?: string | undefined; publisher: string } }>(sources: T[]): Map<SourceKind, T[]> {
  const groups = new Map<SourceKind, T[]>();
  const sorted = [...sources].sort((a, b) => (a.data.date ?? '9999').localeCompare(b.data.date ?? '9999') || a.data.publisher.localeCompare(b.data.publisher, 'fr'));
  for (const s of sorted) groups.set(sourceKind(s), [...(groups.get(sourceKind(s)) ?? []), s]);
  return groups;
}
