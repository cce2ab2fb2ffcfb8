import { describe, expect, test } from 'vitest';
import { chartHome, creditText, embedSnippet, estimateSnippetHeight, oembedDocument, oembedHtml } from '../../src/lib/site/embeds.ts';
import { snippetWithTheme } from '../../src/embed/themes.ts';
import { DATA_COLUMNS, figureRow, toCsv } from '../../src/lib/data-table.ts';
import { exportSvg, lightTokens, svgSize } from '../../src/charts/lib/export-svg.ts';

const article = (id: string, body: string, kind: 'entretien' | 'article' = 'article') => ({ id, body, data: { kind, title: `Titre ${id}` } });

describe('chartHome(id, articles)', () => {
  test('is the first article whose body shows the chart', () => {
    const articles = [article('a', 'texte'), article('b', '<Chart id="c1" />'), article('c', '<Chart id="c1" />')];
    expect(chartHome('c1', articles)).toEqual({ path: '/articles/b/', title: 'Titre b' });
  });
  test('skips a chart inside an MDX comment, and falls back to the home page', () => {
    expect(chartHome('c1', [article('a', '{/* <Chart id="c1" /> */}')])).toEqual({ path: '/', title: 'Dossier Numérique' });
  });
});

describe('embedSnippet()', () => {
  const snippet = embedSnippet({ site: 'https://site.example', id: 'c1', title: 'Un « titre » & "guillemets"', height: 640 });
  test('is an iframe that works alone (title, lazy, full width, fixed height) and the loader', () => {
    expect(snippet).toContain('src="https://site.example/embed/c1/?theme=light"');
    expect(snippet).toContain('width="100%"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain('height="640"');
    expect(snippet).toContain('width:100%');
    expect(snippet).toContain('data-dossier-chart="c1"');
    expect(snippet).toContain('<script src="https://site.example/embed/loader.js" async></script>');
  });
  test('escapes the title for its attribute', () => {
    expect(snippet).toContain('title="Un « titre » &amp; &quot;guillemets&quot;"');
  });
});

test('oembedDocument() is a rich oEmbed 1.0 document with provenance', () => {
  const doc = oembedDocument({
    site: 'https://site.example',
    id: 'c1',
    title: 'T',
    height: 700,
    width: 720,
    thumbnail: { path: '/graphiques/c1/c1.png', width: 1600, height: 1000 },
    sources: [{ title: 'Lyon Entreprises', url: 'https://le.example/a' }],
    home: { path: '/articles/b/', title: 'B' },
    sourceLine: 'Lyon Entreprises (2016)',
  });
  expect(doc).toMatchObject({ version: '1.0', type: 'rich', width: 720, height: 700, thumbnail_url: 'https://site.example/graphiques/c1/c1.png', source_title: 'Lyon Entreprises', source_url: 'https://le.example/a', author_url: 'https://site.example/articles/b/' });
  // The HTML a consumer pastes: the chart's embed page at the stated height, then the self-sizing loader.
  expect(doc.html).toMatch(/^<iframe [^>]*src="https:\/\/site\.example\/embed\/c1\/\?theme=light"[^>]* height="700"/);
  expect(doc.html).toMatch(/<script src="https:\/\/site\.example\/embed\/loader\.js" async><\/script>$/);
});

describe('chart data files', () => {
  const stated = { id: 'f', label: 'Fibre, 2016', value: 46, unit: 'M€' as const, year: 2016, status: 'budgeted' as const, signed: false, source: 's', locator: '§4' };
  const derived = { id: 'g', label: 'Estimation', value: 33.09, unit: 'M€' as const, year: 2015, status: 'derived-estimate' as const, signed: false, derived: { formula: '{f} / 1.39', explanation: 'x' } };
  const source = (id: string) => (id === 's' ? { id, publisher: 'Lyon Entreprises', title: 'Entretien, « numérique »', url: 'https://le.example/a' } : undefined);
  test('toCsv() writes French headers, dot decimals, RFC 4180 quoting and CRLF, without a BOM', () => {
    const csv = toCsv({ columns: DATA_COLUMNS, rows: [figureRow(stated, source), figureRow(derived, source)] });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(Object.values(DATA_COLUMNS).join(','));
    expect(lines[1]).toBe('f,"Fibre, 2016",46,M€,2016,montant budgété,"Lyon Entreprises, Entretien, « numérique »",https://le.example/a,§4,');
    expect(lines[2]).toBe('g,Estimation,33.09,M€,2015,estimation déduite,,,,{f} / 1.39');
    expect(lines).toHaveLength(4);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });
});

describe('chart export SVG', () => {
  test('lightTokens() reads the first top-level :root block only', () => {
    const css = ':root {\n  --ink: #111;\n  --paper: #fff;\n}\n@media (prefers-color-scheme: dark) {\n  :root {\n    --ink: #eee;\n  }\n}';
    expect(Object.fromEntries(lightTokens(css))).toEqual({ '--ink': '#111', '--paper': '#fff' });
  });
  test('exportSvg() frames the graphic with its title, source and credit, and declares its size', () => {
    const graphic = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"></svg>', width: 300, height: 100, css: '' };
    const svg = exportSvg({ title: 'Un titre', source: 'Une source', credit: 'Le site' }, graphic);
    expect(svg).toContain('<title id="export-title">Un titre</title>');
    expect(svg).toContain('Source\u202f: Une source');
    expect(svg).toContain('<svg x="32" y=');
    expect(svgSize(svg).width).toBe(364);
    expect(svgSize(svg).height).toBeGreaterThan(100);
    expect(svg).not.toContain('var(');
  });
  test('estimateSnippetHeight() grows with the copy and stays within bounds', () => {
    const copy = { title: 't', description: 'd', notes: [], source: 's' };
    const short = estimateSnippetHeight(300, copy);
    expect(estimateSnippetHeight(300, { ...copy, notes: ['x'.repeat(700)] })).toBeGreaterThan(short);
    expect(estimateSnippetHeight(10_000, copy)).toBe(2000);
  });
});

describe('what survives a CMS that keeps only the iframe (WordPress)', () => {
  const input = { site: 'https://site.example', id: 'c1', title: 'T', height: 1510 };
  const iframe = oembedHtml(input).split('\n')[0]!;
  test('the oEmbed HTML carries width, height and border as attributes, not only in style', () => {
    const withoutStyle = iframe.replace(/ style="[^"]*"/, '');
    expect(withoutStyle).toMatch(/ width="100%"/);
    expect(withoutStyle).toMatch(/ height="1510"/);
    expect(withoutStyle).toMatch(/ frameborder="0"/);
  });
  test('the snippet asks for the light theme unless told otherwise', () => {
    expect(embedSnippet({ ...input, theme: 'dark' })).toContain('/embed/c1/?theme=dark"');
    expect(embedSnippet({ ...input, theme: 'auto' })).toContain('/embed/c1/" title=');
  });
  test('snippetWithTheme() sets, changes or removes ?theme= in a snippet', () => {
    const light = embedSnippet(input);
    expect(snippetWithTheme(light, 'dark')).toBe(embedSnippet({ ...input, theme: 'dark' }));
    expect(snippetWithTheme(light, 'auto')).toBe(embedSnippet({ ...input, theme: 'auto' }));
    expect(snippetWithTheme(snippetWithTheme(light, 'auto'), 'light')).toBe(light);
  });
});

test('creditText() puts the article first and the site after a dash, never two colons in a row', () => {
  expect(creditText({ path: '/a/', title: 'Laurent Wauquiez : « Titre »' })).toBe('Laurent Wauquiez : « Titre » — Dossier Numérique');
  expect(creditText({ path: '/', title: 'Dossier Numérique' })).toBe('Dossier Numérique');
});
