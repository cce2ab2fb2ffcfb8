/**
 * Checks of an article's body against the rest of the content: every id a component
 * names must exist, quotations come by id and never by hand, images carry alt text.
 * Pure: each problem names the file, the line and the fix.
 */
import { someIds, type Problem } from './problems.ts';
import { findHandTypedQuotes, type AllowedQuote } from './quote-match.ts';
import { findBodyRefs, withoutComments } from './refs.ts';

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
  const at = (bodyLine: number, field: string, message: string) =>
    problems.push({ file: entry.file, line: bodyLine + entry.bodyLine - 1, field, message });
  const quoteIds = new Set(ctx.quotations.map((q) => q.id));

  for (const ref of findBodyRefs(entry.body)) {
    const field = `<${ref.tag} id="${ref.id}">`;
    if (ref.tag === 'Figure' && !ctx.figureIds.has(ref.id))
      at(ref.line, field, `unknown figure id "${ref.id}": use an id from content/data/*.yaml (${someIds(ctx.figureIds)}), listed on /guide/`);
    if ((ref.tag === 'Quote' || ref.tag === 'Question') && !quoteIds.has(ref.id))
      at(ref.line, field, `"${ref.id}" is not an allowed quotation: only the quotations in content/quotations.yaml may be quoted (${someIds(quoteIds)})`);
    if (ref.tag === 'Chart' && ctx.chartIds && !ctx.chartIds.has(ref.id))
      at(ref.line, field, `unknown chart id "${ref.id}": use a declared chart id (${someIds(ctx.chartIds)}), listed on /guide/`);
  }

  const lines = withoutComments(entry.body).split('\n');
  lines.forEach((text, i) => {
    for (const m of text.matchAll(/<Quote\b([^>]*?)(\/?)>/g)) {
      if (m[2] === '/') continue;
      const id = /\bid=["']([^"']*)["']/.exec(m[1] ?? '')?.[1] ?? '…';
      at(i + 1, `<Quote id="${id}">`, `a <Quote> takes no words of its own: they come from content/quotations.yaml. Write <Quote id="${id}" /> (or <Quote id="${id}" inline /> in a sentence)`);
    }
    for (const m of text.matchAll(/<KeyFigures\b[^>]*?\bids=\{\[([^\]]*)\]\}/g)) {
      for (const id of (m[1] ?? '').match(/[a-z0-9-]+(?=["'])/g) ?? [])
        if (!ctx.figureIds.has(id)) at(i + 1, `<KeyFigures ids>`, `unknown figure id "${id}": use ids from content/data/*.yaml (${someIds(ctx.figureIds)}), listed on /guide/`);
    }
    for (const m of text.matchAll(/!\[([^\]]*)\]\(([^)\s]*)/g)) {
      if (!(m[1] ?? '').trim()) at(i + 1, 'image', `the image "${m[2]}" has no alt text: describe what it shows between the brackets, ![Ce que montre l’image](${m[2]})`);
    }
    for (const m of text.matchAll(/<img\b[^>]*>/g)) {
      const alt = /\balt=["']([^"']*)["']/.exec(m[0])?.[1];
      const src = /\bsrc=["']([^"']*)["']/.exec(m[0])?.[1] ?? '…';
      if (!alt?.trim()) at(i + 1, 'image', `the image "${src}" has no alt text: add alt="…" describing what it shows`);
    }
    for (const m of text.matchAll(/\bsource:\s*["']([^"']+)["']/g)) {
      const id = m[1] ?? '';
      if (!ctx.sourceIds.has(id)) at(i + 1, `source: "${id}"`, `unknown source id "${id}": add content/sources/${id}.yaml or use one of ${someIds(ctx.sourceIds)}`);
    }
    for (const m of text.matchAll(/\barticle:\s*["']([^"']+)["']/g)) {
      const id = m[1] ?? '';
      if (!ctx.articleIds.has(id)) at(i + 1, `article: "${id}"`, `unknown article id "${id}": use the file name of an article without .mdx (${someIds(ctx.articleIds)})`);
    }
  });

  for (const q of findHandTypedQuotes(withoutComments(entry.body), ctx.quotations)) {
    const hint = `write <Quote id="${q.id}" inline /> so the words come from the source`;
    const what = {
      same: `is the allowed quotation "${q.id}" typed by hand: ${hint}`,
      part: `is part of the allowed quotation "${q.id}" typed by hand: quote it whole with <Quote id="${q.id}" inline />, or say it in your own words`,
      near: `nearly matches the allowed quotation "${q.id}", but its words differ from the source: ${hint}`,
    }[q.kind];
    at(q.line, 'quotation', `« ${q.typed} » ${what}`);
  }
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
