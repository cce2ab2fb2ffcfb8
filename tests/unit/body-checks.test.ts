/** Body checks beyond the fixtures: charts before they exist, key figures, ids inside comments. */
import { describe, expect, test } from 'vitest';
import { checkBody, type BodyContext } from '../../src/lib/content/body-checks.ts';

const ctx: BodyContext = { figureIds: new Set(['fibre-2016']), quotations: [], sourceIds: new Set(['s']), articleIds: new Set(['a']) };
const fields = (body: string, extra: Partial<BodyContext> = {}) => checkBody({ file: 'f.mdx', body, bodyLine: 5 }, { ...ctx, ...extra }).map((p) => `${p.line} ${p.field}`);

describe('checkBody()', () => {
  test('checks <Chart> ids only once chart ids are declared', () => {
    expect(fields('<Chart id="x" />')).toEqual([]);
    expect(fields('<Chart id="x" />', { chartIds: new Set(['budget']) })).toEqual(['5 <Chart id="x">']);
  });

  test('checks the ids of <KeyFigures>, <ReadAlso> sources and articles', () => {
    expect(fields('<KeyFigures ids={["fibre-2016", "nope"]} />\n<ReadAlso items={[{ source: "t", article: "b" }]} />')).toEqual([
      '5 <KeyFigures ids>',
      '6 source: "t"',
      '6 article: "b"',
    ]);
  });

  test('ignores examples inside MDX comments', () => {
    expect(fields('{/*\n<Figure id="nope" />\n![](x.png)\n*/}')).toEqual([]);
  });

  const places = (body: string, extra: Partial<BodyContext> = {}) =>
    checkBody({ file: 'f.mdx', body, bodyLine: 5 }, { ...ctx, ...extra }).map((p) => `${p.line}:${p.column} ${p.field}`);
  const quotations = [{ id: 'q-leviers', text: 'la région joue sur deux leviers' }];

  test('names the file line and column of a mistake, however the tag is laid out', () => {
    expect(places('Texte.\n\nLe chiffre : <Figure\n  id="nope"\n/>, puis <KeyFigures ids={[\n  "fibre-2016",\n  "autre",\n]} />.')).toEqual([
      '7:14 <Figure id="nope">',
      '11:4 <KeyFigures ids>',
    ]);
  });

  test('a <Quote> with words of its own is found over several lines; an example in code is not', () => {
    expect(places('<Quote\n  id="q-leviers">des mots</Quote>\n\n`<Quote id="x">mots</Quote>`', { quotations })).toEqual(['5:1 <Quote id="q-leviers">']);
  });

  test('a quotation typed by hand is placed at its opening mark and shown as typed; one in code is an example', () => {
    const found = checkBody({ file: 'f.mdx', body: 'Il dit : « la région *joue* sur deux leviers ».\n\n`« la région joue sur deux leviers »`', bodyLine: 5 }, { ...ctx, quotations });
    expect(found.map((p) => [`${p.line}:${p.column}`, p.message.split(' is ')[0]])).toEqual([['5:10', '« la région *joue* sur deux leviers »']]);
  });

  test('images without alt text, in Markdown or as <img> over several lines', () => {
    expect(places('![](a.png)\n\n<img\n  src="b.png"\n  alt=""\n/>')).toEqual(['5:1 image', '7:1 image']);
  });
});
