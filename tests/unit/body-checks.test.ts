/** Body checks beyond the fixtures: charts before they exist, key figures, ids inside comments. */
import { describe, expect, test } from 'vitest';
import { checkBody, type BodyContext } from '../../src/lib/body-checks.ts';

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
});
