/** The chart kinds' contract: every folder is registered, every kind draws the real declarations of its kind. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { CHART_KINDS, CHART_REGISTRY, kindOf } from '../../src/charts/registry.ts';
import { chartIds } from '../../src/charts/lib/frame.ts';
import { chartSchema, comparisonSchema, datasetSchema, quotationSchema, sourceSchema } from '../../src/content/schemas.ts';
import { isComparisonFile } from '../../src/content/data-files.ts';
import { dossierLookup } from '../../src/lib/content/dossier-lookup.ts';

const yaml = (path: string) => parse(readFileSync(path, 'utf8'));
const names = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -5));
const datasets = names('content/data').filter((n) => !isComparisonFile(n)).map((id) => ({ id, data: datasetSchema.parse(yaml(`content/data/${id}.yaml`)) }));
const dossier = dossierLookup({
  figures: new Map(datasets.flatMap((d) => d.data.values.map((v) => [v.id, v] as const))),
  sources: new Map(names('content/sources').map((id) => [id, { data: sourceSchema.parse(yaml(`content/sources/${id}.yaml`)) }])),
  quotations: new Map(Object.entries(yaml('content/quotations.yaml')).map(([id, q]) => [id, { data: quotationSchema.parse(q) }])),
  datasets,
  comparisons: names('content/data').filter(isComparisonFile).map((id) => ({ id, data: comparisonSchema.parse(yaml(`content/data/${id}.yaml`)) })),
});
const charts = names('content/charts').map((id) => ({ id, data: chartSchema.parse(yaml(`content/charts/${id}.yaml`)) }));

describe('the registry', () => {
  test('lists every folder of src/charts that holds a kind (index.ts), and nothing else', () => {
    const folders = readdirSync('src/charts', { withFileTypes: true }).filter((e) => e.isDirectory() && readdirSync(`src/charts/${e.name}`).includes('index.ts'));
    expect(folders.map((f) => f.name).sort()).toEqual([...CHART_KINDS].sort());
  });

  test.each(Object.entries(CHART_REGISTRY))('%s: its key is the `kind:` its schema accepts', (name, kind) => {
    const kindIssues = (value: string) => kind.schema.safeParse({ kind: value }).error?.issues.filter((i) => i.path[0] === 'kind') ?? [];
    expect(kindIssues(name)).toEqual([]);
    expect(kindIssues(`${name}-other`)).not.toEqual([]);
  });

  test('the chart union tells an unknown kind by the registered names', () => {
    const result = chartSchema.safeParse({ kind: 'camembert' });
    expect(result.error?.issues[0]?.message).toBe(`\`kind:\` must be one of ${CHART_KINDS.join(', ')}`);
  });
});

describe('every declared chart, through its kind', () => {
  test('the content has a chart of every kind', () => {
    expect(new Set(charts.map((c) => c.data.kind))).toEqual(new Set(CHART_KINDS));
  });

  test.each(charts)('$id: model, layout at both design widths, SVG, rows and export graphic', async ({ id, data }) => {
    const drawing = await kindOf(data).drawing();
    const model = drawing.model(data, dossier);
    const ids = chartIds(`test-${id}`);
    for (const width of [320, 720]) {
      const svg = drawing.render(drawing.layout(model, { width }), { idPrefix: `${ids.base}-${width}`, titleId: ids.title, descriptionId: ids.description, interactive: false });
      expect(svg).toMatch(/^<svg[^>]*class="chart-svg/);
      expect(svg).toContain(ids.title);
    }
    if (drawing.rows) expect(drawing.rows(data, dossier).length).toBeGreaterThan(0);
    const graphic = drawing.graphic(data, dossier);
    expect(graphic.width).toBeGreaterThan(0);
    expect(graphic.svg.startsWith('<svg')).toBe(true);
  });
});
