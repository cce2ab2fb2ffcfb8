/**
 * Every kind of editor mistake fails the build with one message naming the file, the
 * field or line, and the fix. Each fixture in tests/fixtures/mistakes pins its message.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { decodeContent, readContentFiles } from '../../src/lib/content/content-files.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { MAX_TITLE } from '../../src/content/schemas.ts';
import { MISTAKES, messagesFor } from './support/mistakes.ts';

describe('checkContent()', () => {
  test('finds nothing wrong in the real content', () => {
    expect(checkContent(readContentFiles('.'))).toEqual([]);
  });

  // ~0.4 s per content check (quotation matching): 30-odd fixtures need more than the default 5 s.
  test('every fixture gives exactly one message', { timeout: 60_000 }, () => {
    const fixtures = readdirSync(MISTAKES);
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const name of fixtures) expect(messagesFor(name).split('\n'), name).toHaveLength(1);
  });
});

describe('mistake fixtures', () => {
  test('words of a source quoted by hand in data prose', () => {
    expect(messagesFor('quote-in-data-prose')).toBe(
      'content/data/essai.yaml:12 → values[0].note: « pour 7 entreprises sur 10 » retypes the stored quotation "le-tout-lyon-premier-frein": show it by id (`quote: le-tout-lyon-premier-frein` on a figure, `quotes: [le-tout-lyon-premier-frein]` in a comparison) and paraphrase here',
    );
  });
  test('an interview quotation outside the source brief’s list', () => {
    expect(messagesFor('interview-quote-not-in-brief')).toMatch(/^content\/quotations\.yaml:\d+ → q-inventee: "q-inventee" quotes the interview, but only the passages of the source brief may be quoted \(question-1, .*q-locomotive\): remove it, or paraphrase in our own words$/);
  });
  test('a missing frontmatter field', () => {
    expect(messagesFor('frontmatter-missing-field')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx → kind: \`kind:\` is missing: what the piece is: an interview, an analysis or an article (one of entretien, analyse, article)"`);
  });
  test('a frontmatter field of the wrong type', () => {
    expect(messagesFor('frontmatter-wrong-type')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:7 → order: \`order:\` must be a number (no quotes, no unit), not "deux": the position in the dossier, a whole number from 1, such as 2, without quotes"`);
  });
  test('an unknown chart id', () => {
    expect(messagesFor('unknown-chart')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <Chart id="budget-2017">: unknown chart id "budget-2017": use a declared chart id (none yet), listed on /guide/"`);
  });
  test('an unknown figure id', () => {
    expect(messagesFor('unknown-figure')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → <Figure id="fibre-2017">: unknown figure id "fibre-2017": use an id from content/data/*.yaml (fibre-2016), listed on /guide/"`);
  });
  test('an unknown source id', () => {
    expect(messagesFor('unknown-source')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:8 → sources[0]: unknown source id "rapport-inexistant": add content/sources/rapport-inexistant.yaml or use one of le-tout-lyon-2017-05-10, lyon-entreprises-entretien-wauquiez-2016"`);
  });
  test('a quotation outside the allowed list', () => {
    expect(messagesFor('quote-not-allowed')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <Quote id="q-inventee">: "q-inventee" is not an allowed quotation: only the quotations in content/quotations.yaml may be quoted (q-fibre, le-tout-lyon-premier-frein)"`);
  });
  test('a <Quote> given words of its own', () => {
    expect(messagesFor('quote-with-words')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → <Quote id="q-fibre">: a <Quote> takes no words of its own: they come from content/quotations.yaml. Write <Quote id="q-fibre" /> (or <Quote id="q-fibre" inline /> in a sentence)"`);
  });
  test('an allowed quotation retyped by hand, with a word missing', () => {
    expect(messagesFor('quote-typed-by-hand')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → quotation: « accélérer le déploiement de la fibre pour relier tous les territoires » nearly matches the allowed quotation "q-fibre", but its words differ from the source: write <Quote id="q-fibre" inline /> so the words come from the source"`);
  });
  test('a dataset value with neither source nor derivation', () => {
    expect(messagesFor('dataset-value-unsourced')).toMatchInlineSnapshot(`"content/data/essai.yaml:4 → values[0]: value "antennes-2016" has neither a source nor a derivation: add \`source:\` (a source id) and \`locator:\` (e.g. "§4"), or \`derived:\` with its formula"`);
  });
  test('a derived value its formula does not reproduce', () => {
    expect(messagesFor('derived-value-wrong')).toMatchInlineSnapshot(`"content/data/essai.yaml:6 → values[0].value: "fibre-double" says 90 but its formula gives 92: correct the value or the formula"`);
  });
  test('a related article that does not exist', () => {
    expect(messagesFor('related-unknown')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:8 → related[0]: unknown article id "article-inexistant": use the file name of an article without .mdx (comparaison, article-essai)"`);
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
  test('raw HTML that runs code: <script>', () => {
    expect(messagesFor('mdx-script')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <script>: <script> is not allowed in an article: write Markdown, one of our components (Figure, Quote, Question, Note, ReadAlso, KeyFigures, Chart, Priority, NewIn2016) or a prose element (p, a, strong, em, ul, table… listed in README "What an article may contain")"`);
  });
  test('an event handler on an allowed element', () => {
    expect(messagesFor('mdx-event-handler')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <img onerror>: \`onerror\` is not allowed on <img> (an event handler runs code): remove it (allowed: class, id, lang, dir, title, src, alt, width, height, loading, decoding)"`);
  });
  test('a <meta http-equiv="refresh"> that would send readers elsewhere', () => {
    expect(messagesFor('mdx-meta-refresh')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:12 → <meta>: <meta> is not allowed in an article: write Markdown, one of our components (Figure, Quote, Question, Note, ReadAlso, KeyFigures, Chart, Priority, NewIn2016) or a prose element (p, a, strong, em, ul, table… listed in README "What an article may contain")"`);
  });
  test('a javascript: link', () => {
    expect(messagesFor('mdx-javascript-link')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → link: "javascript:alert(1)" is not a web address (\`javascript:\`): links and images take https://… or http://… addresses, or paths on this site (/articles/…, #section)"`);
  });
  test('an import line', () => {
    expect(messagesFor('mdx-import')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:10 → import/export: an article has no \`import\` or \`export\` lines: our components (Figure, Quote, Question, Note, ReadAlso, KeyFigures, Chart, Priority, NewIn2016) need no import. Remove the line"`);
  });
  test('a source url that is not a web address', () => {
    expect(messagesFor('source-url-javascript')).toMatchInlineSnapshot(`"content/sources/essai-source.yaml:3 → url: \`url:\` is not valid ("javascript:alert(document.cookie)"): the address of the page, a web address in quotes starting with https:// or http://, e.g. "https://www.example.fr/page" (no javascript:, data:, file: or mailto: address)"`);
  });
  test('an impossible publication date (2016-13-45 would be published as 14 February 2017)', () => {
    expect(messagesFor('date-impossible')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:5 → date: this day is not in the calendar: check the month (01 to 12) and the day"`);
  });
  test('a number as date (would be 1 January 1970)', () => {
    expect(messagesFor('date-number')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:5 → date: \`date:\` must be text in quotes, not 2: our publication date (not that of the source), a day written YYYY-MM-DD, e.g. 2026-11-26"`);
  });
  test('an impossible source date', () => {
    expect(messagesFor('source-date-impossible')).toMatchInlineSnapshot(`"content/sources/essai-source.yaml:2 → date: this date is not in the calendar: check the month (01 to 12) and the day"`);
  });
  test('a file that is not UTF-8', () => {
    expect(messagesFor('encoding-latin1')).toMatchInlineSnapshot(`"content/sources/essai-source.yaml:1 → encoding: the file is not UTF-8 (it was probably saved as Latin-1 or Windows-1252, so its accents would show as �): save it again with the UTF-8 encoding in your editor"`);
  });
  test('derived values computed from each other', () => {
    expect(messagesFor('formula-cycle')).toMatchInlineSnapshot(`"content/data/essai.yaml:11 → values[0].derived.formula: "part-a" is computed from itself (part-a → part-b → part-a): a derived value must come from stated values with a source, so break the cycle"`);
  });
  test('an article related to itself', () => {
    expect(messagesFor('related-self')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:8 → related[0]: "article-essai" is this article itself: \`related:\` lists other articles, remove it"`);
  });
  test('an article named like the site’s own social card', () => {
    expect(messagesFor('reserved-slug')).toBe(
      'content/articles/dossier.mdx → file name: the article id "dossier" is reserved for the site\'s own social card (/og/dossier.png), which this article\'s card would replace: rename the file',
    );
  });
  test('two articles at the same place in the dossier', () => {
    expect(messagesFor('order-duplicate')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:7 → order: \`order: 2\` is also that of content/articles/comparaison.mdx: two articles cannot share a place in the dossier, give each its own number (1 is free)"`);
  });
  test('an article without a body', () => {
    expect(messagesFor('body-empty')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:9 → body: the article has no text after its frontmatter: write it, or set \`draft: true\` until it is written"`);
  });
  test('a headline over the maximum', () => {
    expect(messagesFor('title-too-long')).toMatchInlineSnapshot(`"content/articles/article-essai.mdx:2 → title: \`title:\` is longer than 120 characters (125 now): the headline, as text in quotes, e.g. title: "Le titre", at most 120 characters (put the detail in \`standfirst:\`)"`);
  });
  test('a tab in YAML gives its own error, not its echoes', () => {
    expect(messagesFor('yaml-tab')).toMatchInlineSnapshot(`"content/data/budget-2016.yaml:5 → YAML: Tabs are not allowed as indentation: check the quotes, colons and indentation on this line (indent with spaces, never tabs)"`);
  });
});

describe('mistakes without a fixture folder', () => {
  const real = () => readContentFiles('.');
  test('a missing content/quotations.yaml is one message', () => {
    const files = real().filter((f) => f.path !== 'content/quotations.yaml');
    expect(formatProblems(checkContent(files))).toMatchInlineSnapshot(`"content/quotations.yaml → file: the file of allowed quotations is missing, so no quotation can be checked: restore it (git checkout content/quotations.yaml)"`);
  });
  test('a UTF-8 byte-order mark is accepted, as Astro accepts it', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const files = real().map((f) => (f.path.endsWith('.mdx') || f.path.endsWith('.yaml') ? decodeContent(f.path, new Uint8Array([...bom, ...new TextEncoder().encode(f.text)])) : f));
    expect(files.every((f) => !f.text.startsWith('\uFEFF'))).toBe(true);
    expect(checkContent(files)).toEqual([]);
  });
  test('every current headline fits the maximum', () => {
    const titles = real().filter((f) => f.path.endsWith('.mdx')).map((f) => /^title: "(.*)"$/m.exec(f.text)?.[1] ?? '');
    expect(Math.max(...titles.map((t) => t.length))).toBeLessThanOrEqual(MAX_TITLE);
  });
});
