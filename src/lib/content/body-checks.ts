/**
 * Checks of an article's body against the rest of the content: every id a component
 * names must exist, quotations come by id and never by hand, images carry alt text.
 * Read from the body's MDX syntax tree (src/lib/content/mdx-tree.ts): a tag over several lines
 * counts, one in code or a comment does not. Pure: each problem names the file, the line,
 * the column and the fix.
 */
import { proseMask } from './mdx-prose.ts';
import { lineColumn, parseMdx, textAttribute, walk } from './mdx-tree.ts';
import { someIds, type Problem } from './problems.ts';
import { findHandTypedQuotes, type AllowedQuote } from '../editorial/quote-match.ts';
import { bodyElements, codeStrings, findBodyRefs, findKeyFigureRefs } from './refs.ts';

/** What a body may refer to. */
export interface BodyContext {
  figureIds: Set<string>;
  quotations: AllowedQuote[];
  sourceIds: Set<string>;
  articleIds: Set<string>;
  /** Declared chart ids; when absent, `<Chart>` references are not checked. */
  chartIds?: Set<string>;
}

/** An article's body and where it starts in its file. */
export interface BodyEntry {
  file: string;
  body: string;
  /** File line of the body's first line (frontmatter lines come before). */
  bodyLine: number;
}

/** Every problem of one article body. */
export function checkBody(entry: BodyEntry, ctx: BodyContext): Problem[] {
  const problems: Problem[] = [];
  const { body } = entry;
  const at = (place: { line: number; column: number }, field: string, message: string) =>
    problems.push({ file: entry.file, line: place.line + entry.bodyLine - 1, column: place.column, field, message });
  const quoteIds = new Set(ctx.quotations.map((q) => q.id));

  for (const ref of findBodyRefs(body)) {
    const field = `<${ref.tag} id="${ref.id}">`;
    if (ref.tag === 'Figure' && !ctx.figureIds.has(ref.id))
      at(ref, field, `unknown figure id "${ref.id}": use an id from content/data/*.yaml (${someIds(ctx.figureIds)}), listed on /guide/`);
    if ((ref.tag === 'Quote' || ref.tag === 'Question') && !quoteIds.has(ref.id))
      at(ref, field, `"${ref.id}" is not an allowed quotation: only the quotations in content/quotations.yaml may be quoted (${someIds(quoteIds)})`);
    if (ref.tag === 'Chart' && ctx.chartIds && !ctx.chartIds.has(ref.id))
      at(ref, field, `unknown chart id "${ref.id}": use a declared chart id (${someIds(ctx.chartIds)}), listed on /guide/`);
  }
  for (const ref of findKeyFigureRefs(body))
    if (!ctx.figureIds.has(ref.id)) at(ref, `<KeyFigures ids>`, `unknown figure id "${ref.id}": use ids from content/data/*.yaml (${someIds(ctx.figureIds)}), listed on /guide/`);

  for (const node of bodyElements(body)) {
    const place = node.position?.start ?? { line: 1, column: 1 };
    if (node.name === 'Quote' && node.children?.length) {
      const id = textAttribute(node, 'id') ?? '…';
      at(place, `<Quote id="${id}">`, `a <Quote> takes no words of its own: they come from content/quotations.yaml. Write <Quote id="${id}" /> (or <Quote id="${id}" inline /> in a sentence)`);
    }
    if (node.name === 'img' && !textAttribute(node, 'alt')?.trim())
      at(place, 'image', `the image "${textAttribute(node, 'src') ?? '…'}" has no alt text: add alt="…" describing what it shows`);
    for (const name of (node.attributes ?? []).flatMap((a) => (a.name && typeof a.value === 'object' && a.value !== null ? [a.name] : []))) {
      for (const s of codeStrings(body, node, name)) {
        if (s.key === 'source' && !ctx.sourceIds.has(s.value))
          at(lineColumn(body, s.offset), `source: "${s.value}"`, `unknown source id "${s.value}": add content/sources/${s.value}.yaml or use one of ${someIds(ctx.sourceIds)}`);
        if (s.key === 'article' && !ctx.articleIds.has(s.value))
          at(lineColumn(body, s.offset), `article: "${s.value}"`, `unknown article id "${s.value}": use the file name of an article without .mdx (${someIds(ctx.articleIds)})`);
      }
    }
  }
  const parsed = parseMdx(body);
  if ('tree' in parsed)
    walk(parsed.tree, (node) => {
      if (node.type === 'image' && !node.alt?.trim())
        at(node.position?.start ?? { line: 1, column: 1 }, 'image', `the image "${node.url}" has no alt text: describe what it shows between the brackets, ![Ce que montre l’image](${node.url})`);
    });

  for (const q of findHandTypedQuotes(proseMask(body) ?? '', ctx.quotations, body)) {
    const hint = `write <Quote id="${q.id}" inline /> so the words come from the source`;
    const what = {
      same: `is the allowed quotation "${q.id}" typed by hand: ${hint}`,
      part: `is part of the allowed quotation "${q.id}" typed by hand: quote it whole with <Quote id="${q.id}" inline />, or say it in your own words`,
      near: `nearly matches the allowed quotation "${q.id}", but its words differ from the source: ${hint}`,
    }[q.kind];
    at(q, 'quotation', `« ${q.typed} » ${what}`);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
