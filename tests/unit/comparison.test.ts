/** The 2015/2016 comparison data: editors change the reading, the schema keeps it sound. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { comparisonSchema } from '../../src/content/schemas.ts';
import { checkIntegrity, formatProblems } from '../../src/lib/content/integrity.ts';

const read = (path: string) => parse(readFileSync(path, 'utf8'));
const REAL = 'content/data/comparaison-2015-2016.yaml';
const messages = (data: unknown) => {
  const r = comparisonSchema.safeParse(data);
  if (r.success) throw new Error('the mutated comparison was accepted');
  return r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('comparisonSchema', () => {
  test('accepts the real comparison, with the five 2015 titles verbatim', () => {
    const data = comparisonSchema.parse(read(REAL));
    expect(data.priorities.map((p) => p.title)).toEqual([
      'L’innovation à portée de main pour inventer les usages numériques de demain',
      'Le plan régional de Solidarité numérique pour sensibiliser tous les publics',
      'L’accès aux services mobiles',
      'L’économie numérique en soutenant la mutation des entreprises et les GIX',
      'La desserte Très Haut débit en fibre optique pour tous les foyers en 2025',
    ]);
    expect(data.links.every((l) => l.reason.length > 20 && l.locators.before && l.locators.after)).toBe(true);
    // A quotation « à l’appui » must support its link: none of the quotable passages names the mobile or start-ups.
    const quotes = (p: string, plan: string) => data.links.find((l) => l.priority === p && l.plan === plan)!.quotes;
    expect(quotes('p3', 'infrastructures')).toEqual([]);
    expect(quotes('p4', 'usages')).toEqual([]);
    expect(quotes('p5', 'infrastructures')).toEqual(['q-fibre']);
  });
  // Each mistake is one change to the valid comparison: the message names the field it broke.
  const mutated = (change: (data: { links: Record<string, unknown>[] }) => void) => {
    const data = read(REAL);
    change(data);
    return messages(data);
  };
  test('rejects a link to an unknown priority', () => {
    expect(mutated((d) => (d.links[4]!.priority = 'p9'))).toEqual(['links.4.priority: unknown priority "p9": use one of p1, p2, p3, p4, p5']);
  });
  test('rejects a link to an unknown plan part', () => {
    expect(mutated((d) => (d.links[3]!.plan = 'ecole'))).toEqual(['links.3.plan: unknown plan part "ecole": use one of infrastructures, usages, campus, reseau, subsidiarite']);
  });
  test('rejects a strength outside the scale', () => {
    expect(mutated((d) => (d.links[0]!.strength = 'total'))).toEqual(['links.0.strength: `strength:` must be one of strong, partial, none, not "total": how strongly the priority and the plan part meet']);
  });
});

describe('checkIntegrity() on comparisons', () => {
  test('names a quotation id that is not in the allowed list', () => {
    const data = comparisonSchema.parse(read(REAL));
    data.links[0]!.quotes = ['q-inventee'];
    const problems = checkIntegrity({
      articles: [],
      sourceIds: new Set(['lyon-entreprises-entretien-wauquiez-2016']),
      quotations: [{ id: 'q-fibre', file: 'content/quotations.yaml', data: { text: 'accélérer le déploiement de la fibre optique pour relier tous les territoires', speaker: 's', source: 'lyon-entreprises-entretien-wauquiez-2016', locator: '§4' } }],
      datasets: [],
      comparisons: [{ id: 'c', file: REAL, data: { ...data, plan: data.plan.map((p) => ({ ...p, quotes: [], figures: [] })), priorities: data.priorities.map((p) => ({ ...p, quotes: [] })), links: [data.links[0]!] } }],
    });
    expect(formatProblems(problems)).toBe(`${REAL} → links[0].quotes[0]: "q-inventee" is not an allowed quotation: use an id from content/quotations.yaml (q-fibre)`);
  });
});
