/**
 * Checks of the quotation store and of quoted words in data prose. Pure.
 * - Interview quotations are limited to the source brief's list (ids and words).
 * - A figure's `quote:` names a stored quotation from the figure's own source.
 * - Prose in data files (datasets, charts, comparisons) quotes nobody by hand: a passage in « »
 *   of three words or more must be a title (see `findProseQuotes`).
 */
import type { ContentSet } from './integrity.ts';
import type { Problem } from './problems.ts';
import { quotationWords } from '../editorial/publish-check.ts';
import { findProseQuotes, normaliseWords, QUOTED_WORDS_MIN } from '../editorial/quote-match.ts';

/** The interview, the one source whose quotations the brief restricts. */
export const INTERVIEW_SOURCE = 'lyon-entreprises-entretien-wauquiez-2016';

/** The only interview passages that may be quoted (source brief, "Quotations" and the two questions), by id. */
export const INTERVIEW_QUOTATIONS: Readonly<Record<string, string>> = {
  'question-1': 'Faire de la Région un géant du Numérique est une de vos priorités, comment sauter le pas?',
  'question-2': 'Quelle différence avec le plan numérique de Jean Jack Queyranne et aussi les pôles French Tech Lyon, Grenoble, Saint Etienne, Clermont ?',
  'q-pas-assez': 'Jusqu’à présent, la Région n’a pas suffisamment agi en matière de Numérique.',
  'q-discours': 'Beaucoup de grands discours, mais peu d’actes concrets ! Cela va changer.',
  'q-investir': 'Nous allons ainsi renforcer significativement nos investissements et la mise en réseau des sites, des acteurs, des pôles d’excellence de tous secteurs.',
  'q-mailler': 'Beaucoup de ressources sont en place mais il faut les mailler pour les optimiser et les partager.',
  'q-deux-leviers': 'la région joue sur deux leviers',
  'q-fibre': 'accélérer le déploiement de la fibre optique pour relier tous les territoires',
  'q-excellence': 'faire de la région un territoire d’excellence digitale de référence',
  'q-campus': 'Campus européen des métiers du numérique',
  'q-maitrise': 'chaque collectivité garde la maitrise de ses projets',
  'q-complementaire': 'totalement complémentaire de ce que font les métropoles',
  'q-hors-les-murs': 'Il s’agira aussi d’un campus hors les murs, qui a vocation à se décliner sur tout le territoire de la région, notamment à Aurillac autour de l’IUT.',
  'q-locomotive': 'faire de la région une vraie locomotive de la nouvelle économie',
};

/** Store rules: interview allow-list, and each figure's excerpt from its own source. */
export function checkQuotationStore(set: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(set.quotations.map((q) => [q.id, q]));
  for (const q of set.quotations) {
    if (q.data.source !== INTERVIEW_SOURCE) continue;
    const allowed = INTERVIEW_QUOTATIONS[q.id];
    if (allowed === undefined)
      problems.push({ file: q.file, field: q.id, message: `"${q.id}" quotes the interview, but only the passages of the source brief may be quoted (${Object.keys(INTERVIEW_QUOTATIONS).join(', ')}): remove it, or paraphrase in our own words` });
    // Words and punctuation must be the brief's; French spacing (mended by the typography check) may differ.
    else if (quotationWords(q.data.text) !== quotationWords(allowed))
      problems.push({ file: q.file, field: `${q.id}.text`, message: `the words of "${q.id}" differ from the source brief: restore them verbatim, « ${allowed} »` });
  }
  for (const d of set.datasets) {
    d.data.values.forEach((v, i) => {
      if (!v.quote) return;
      const q = byId.get(v.quote);
      if (!q) problems.push({ file: d.file, field: `values[${i}].quote`, message: `unknown quotation id "${v.quote}": add it to content/quotations.yaml (text, source, locator) or fix the id` });
      else if (q.data.source !== v.source)
        problems.push({ file: d.file, field: `values[${i}].quote`, message: `quotation "${v.quote}" is from ${q.data.source}, but "${v.id}" is sourced to ${v.source ?? 'a derivation'}: a figure's excerpt comes from its own source` });
    });
  }
  return problems;
}

/** Every string of a parsed data file, with its field path; corrections keep former wordings on purpose, so they are left out. */
function strings(value: unknown, path: string): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([k]) => !(path === '' && k === 'corrections'))
      .flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/** Quoted passages typed by hand in data prose (datasets, chart declarations, comparisons). */
export function checkProseQuotes(set: ContentSet): Problem[] {
  const allowed = set.quotations.map((q) => ({ id: q.id, text: q.data.text }));
  const titles = [...(set.sourceTitles ?? []), ...(set.comparisons ?? []).flatMap((c) => c.data.priorities.map((p) => p.title))];
  const files = [...set.datasets, ...(set.charts ?? []), ...(set.comparisons ?? [])];
  const problems: Problem[] = [];
  for (const f of files) {
    for (const { field, text } of strings(f.data, '')) {
      for (const p of findProseQuotes(text, allowed, titles)) {
        problems.push({
          file: f.file,
          field,
          message: p.id
            ? `« ${p.typed} » retypes the stored quotation "${p.id}": show it by id (\`quote: ${p.id}\` on a figure, \`quotes: [${p.id}]\` in a comparison) and paraphrase here`
            : `« ${p.typed} » looks like quoted words (${QUOTED_WORDS_MIN} words or more in « »), but it is neither a stored quotation nor a title: add it to content/quotations.yaml and show it with \`quote:\`, or paraphrase without « »`,
        });
      }
    }
  }
  return problems;
}

export { normaliseWords };
