/**
 * Every kind of editor mistake fails the build with one message naming the file, the
 * field or line, and the fix. Each fixture in tests/fixtures/mistakes pins its message.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content-check.ts';
import { readContentFiles } from '../../src/lib/content-files.ts';
import { MISTAKES, messagesFor } from './support/mistakes.ts';

describe('checkContent()', () => {
  test('finds nothing wrong in the real content', () => {
    expect(checkContent(readContentFiles('.'))).toEqual([]);
  });

  test('every fixture gives exactly one message', () => {
    const fixtures = readdirSync(MISTAKES);
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    for (const name of fixtures) expect(messagesFor(name).split('\n'), name).toHaveLength(1);
  });
});

describe('mistake fixtures', () => {
  test('a missing frontmatter field', () => {
    expect(messagesFor('frontmatter-missing-field')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx → kind: every article needs a \`kind:\`, one of entretien, analyse, article"`);
  });
  test('a frontmatter field of the wrong type', () => {
    expect(messagesFor('frontmatter-wrong-type')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx → order: \`order:\` is the position in the dossier, a whole number such as 2, without quotes"`);
  });
  test('an unknown chart id', () => {
    expect(messagesFor('unknown-chart')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <Chart id="budget-2017">: unknown chart id "budget-2017": use a declared chart id (budget-numerique-2016, campus-chronologie, plans-2015-2016, promesses-2016, recrutement-difficile-editions), listed on /guide/"`);
  });
  test('an unknown figure id', () => {
    expect(messagesFor('unknown-figure')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → <Figure id="fibre-2017">: unknown figure id "fibre-2017": use an id from content/data/*.yaml (numerique-2016, fibre-2016, fibre-growth, campus-2016, fibre-2015, fibre-increase, campus-share, campus-etape1-min, campus-etape1-max, campus-surface-prevue-2016, campus-budget-2017, king-charles-surface, …), listed on /guide/"`);
  });
  test('an unknown source id', () => {
    expect(messagesFor('unknown-source')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx → sources[0]: unknown source id "rapport-inexistant": add content/sources/rapport-inexistant.yaml or use one of 20minutes-2018-11-13, a-brest-2006-lyonix, abp-2013-03-18-gix, acteurs-economie-2017-11-13, acteurs-economie-2018-11-05, acteurs-economie-2018-11-12, ariase-auvergne-thd, baudroche-blog-2015-10, bfmtv-2018-05-22-budget, brefeco-observatoire-2016, campus-numerique-histoire, charboplus-pole-numerique, …"`);
  });
  test('a quotation outside the allowed list', () => {
    expect(messagesFor('quote-not-allowed')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <Quote id="q-inventee">: "q-inventee" is not an allowed quotation: only the quotations in content/quotations.yaml may be quoted (question-1, question-2, q-pas-assez, q-discours, q-investir, q-mailler, q-deux-leviers, q-fibre, q-excellence, q-campus, q-maitrise, q-complementaire, …)"`);
  });
  test('a <Quote> given words of its own', () => {
    expect(messagesFor('quote-with-words')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → <Quote id="q-fibre">: a <Quote> takes no words of its own: they come from content/quotations.yaml. Write <Quote id="q-fibre" /> (or <Quote id="q-fibre" inline /> in a sentence)"`);
  });
  test('an allowed quotation retyped by hand, with a word missing', () => {
    expect(messagesFor('quote-typed-by-hand')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → quotation: « accélérer le déploiement de la fibre pour relier tous les territoires » nearly matches the allowed quotation "q-fibre", but its words differ from the source: write <Quote id="q-fibre" inline /> so the words come from the source"`);
  });
  test('a dataset value with neither source nor derivation', () => {
    expect(messagesFor('dataset-value-unsourced')).toMatchInlineSnapshot(`"content/data/essai.yaml → values[0]: value "antennes-2016" has neither a source nor a derivation: add \`source:\` (a source id) and \`locator:\` (e.g. "§4"), or \`derived:\` with its formula"`);
  });
  test('a derived value its formula does not reproduce', () => {
    expect(messagesFor('derived-value-wrong')).toMatchInlineSnapshot(`"content/data/essai.yaml → values[0].value: "fibre-double" says 90 but its formula gives 92: correct the value or the formula"`);
  });
  test('a related article that does not exist', () => {
    expect(messagesFor('related-unknown')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx → related[0]: unknown article id "article-inexistant": use the file name of an article without .mdx (laurent-wauquiez-numerique-2016, comparaison-queyranne-wauquiez, article-essai, emploi-numerique-recrutement, campus-numerique-charbonnieres, verification-peu-d-actes-concrets, fibre-promesse-chantiers-2016-2022)"`);
  });
  test('an image without alt text', () => {
    expect(messagesFor('image-without-alt')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → image: the image "/images/carte-antennes.png" has no alt text: describe what it shows between the brackets, ![Ce que montre l’image](/images/carte-antennes.png)"`);
  });
  test('two articles with the same id', () => {
    expect(messagesFor('duplicate-slug')).toMatchInlineSnapshot(`"content/articles/mon-article.mdx → file name: its article id "mon-article" is also that of content/articles/Mon article.mdx, so one page would replace the other: rename one of the two files (lowercase words joined by "-")"`);
  });
  test('an HTML comment in MDX', () => {
    expect(messagesFor('mdx-html-comment')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → MDX: HTML comments \`<!-- … -->\` do not work in MDX: write \`{/* … */}\` instead"`);
  });
  test('a <p> alone on its line in MDX', () => {
    expect(messagesFor('mdx-lone-paragraph')).toBe(
      'content/articles/article-essai.mdx:12 → MDX: a `<p>` alone on its line: MDX wraps the text below it in a second paragraph, which is invalid HTML. Write the paragraph as plain text between blank lines',
    );
  });
  test('a stray brace in MDX', () => {
    expect(messagesFor('mdx-stray-brace')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → MDX: a \`{\` in the text: in MDX a brace opens code, so the page cannot build. Remove it, write \`\\{\` to show a brace, or \`{/* … */}\` for a comment"`);
  });
});
