/** What an article may contain: the constructs a security review shipped as written are refused. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkMdxTree, COMPONENT_PROPS } from '../../src/lib/content/mdx-allow.ts';
import { isWebUrl, urlProblem } from '../../src/lib/site/safe-url.ts';

const page = (body: string) => `---\ntitle: "x"\n---\n\n${body}\n`;
const fields = (body: string) => checkMdxTree(page(body)).map((i) => `${i.line} ${i.field}`);

describe('checkMdxTree()', () => {
  test.each([
    ['<script>alert(1)</script>', '5 <script>'],
    ['<img src="/a.png" alt="a" onerror="alert(1)" />', '5 <img onerror>'],
    ['<iframe src="https://ex.org"></iframe>', '5 <iframe>'],
    ['<form action="https://ex.org"><input name="x" /></form>', '5 <form>'],
    ['<base href="https://ex.org/" />', '5 <base>'],
    ['<meta http-equiv="refresh" content="0;url=https://ex.org" />', '5 <meta>'],
    ['<a href="javascript:alert(1)">x</a>', '5 <a href>'],
    ['<a href="jav&#x61;script:alert(1)">x</a>', '5 <a href>'],
    ['<a href={"https://ex.org"}>x</a>', '5 <a href>'],
    ['<a {...props}>x</a>', '5 <a>'],
    ['<p style="color:red">x</p>', '5 <p style>'],
    ['[x](javascript:alert(1))', '5 link'],
    ['[x](mailto:a@b.fr)', '5 link'],
    ['[x](//ex.org)', '5 link'],
    ['![carte](data:image/png;base64,AAAA)', '5 image'],
    ['[x][r]\n\n[r]: file:///etc/passwd', '7 link'],
    ['import X from "../../src/x.ts"', '5 import/export'],
    ['export const a = 1', '5 import/export'],
    ['{1 + 1}', '5 MDX'],
    ['<Figur id="x" />', '5 <Figur>'],
    ['<Chart id="x" onClick={f} />', '5 <Chart onClick>'],
    ['<Figure\n  id="x"\n  title="y"\n/>', '5 <Figure title>'],
    ['<Quote id="q" inline={true} />', '5 <Quote inline>'],
  ])('refuses %s', (body, expected) => {
    expect(fields(body)).toEqual([expected]);
  });

  test('names the attribute and the fix', () => {
    expect(checkMdxTree(page('<img src="/a.png" alt="a" onerror="alert(1)" />'))[0]?.message).toBe(
      '`onerror` is not allowed on <img> (an event handler runs code): remove it (allowed: class, id, lang, dir, title, src, alt, width, height, loading, decoding)',
    );
    expect(checkMdxTree(page('[x](javascript:alert(1))'))[0]?.message).toBe(
      '"javascript:alert(1)" is not a web address (`javascript:`): links and images take https://… or http://… addresses, or paths on this site (/articles/…, #section)',
    );
  });

  test('accepts our components, prose elements, Markdown and comments', () => {
    const body = [
      'Un <strong>mot</strong>, une <a href="https://ex.org/a?b=1" rel="noopener">page</a>, [un lien](/articles/x/) et [une note](#n).',
      '',
      '<Figure id="fibre-2016" /> <Quote id="q-fibre" inline />',
      '',
      '<Chart id="x" headingLevel={2} />',
      '',
      '<ReadAlso items={[{ source: "s" }]} />',
      '',
      '<p class="font-sans">Texte.</p>',
      '',
      '{/* un commentaire */}',
      '',
      '![Une carte](/images/carte.png) [^1]',
      '',
      '[^1]: Une note.',
    ].join('\n');
    expect(checkMdxTree(page(body))).toEqual([]);
  });

  test('a syntax error gives its line and column', () => {
    expect(checkMdxTree(page('Texte.\n\nUn <3 b.'))).toMatchObject([{ line: 7, column: 4, field: 'MDX' }]);
  });

  test('the allow-list knows exactly the components MDX is given', () => {
    const source = readFileSync('src/components/mdx-components.ts', 'utf8');
    const given = /export const mdxComponents = \{([^}]*)\}/.exec(source)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean);
    expect(given?.sort()).toEqual(Object.keys(COMPONENT_PROPS).sort());
  });
});

describe('urlProblem() and isWebUrl()', () => {
  test.each(['https://ex.org', 'http://ex.org/a b'.replace(' ', '%20'), '/articles/x/', '../x', '#note', 'page.html'])('accepts %s', (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });
  test.each(['javascript:alert(1)', ' JavaScript:x', 'java\tscript:x', 'data:text/html,x', 'file:///etc/passwd', 'vbscript:x', 'mailto:a@b.fr', '//ex.org', 'https://', ''])('refuses %j', (url) => {
    expect(urlProblem(url)).toBeTypeOf('string');
  });
  test('a web address has http or https and a host', () => {
    expect([isWebUrl('https://ex.org/a'), isWebUrl('http://ex.org'), isWebUrl('javascript:alert(1)'), isWebUrl('data:x'), isWebUrl('file:///x'), isWebUrl('https://ex.org/a b')]).toEqual([true, true, false, false, false, false]);
  });
});
