/**
 * The contract every chart kind fulfils: `src/charts/<kind>/index.ts` exports one `ChartKind`,
 * and `src/charts/registry.ts` lists them. Schemas, figure references and checks are light
 * (the content check runs them in plain Node); the drawing (model, table rows, layout,
 * renderer, export) is loaded on demand, since it pulls in stylesheets and layout code.
 */
import type { z } from 'astro/zod';
import type { DatasetData } from '../content/schemas.ts';
import type { DataTable } from '../lib/data-table.ts';
import type { DossierLookup } from '../lib/content/dossier-lookup.ts';
import type { Problem } from '../lib/content/problems.ts';
import type { ExportGraphic } from './lib/export-svg.ts';
import type { ChartTableRow } from './lib/frame.ts';
import type { ChartSvgOptions } from './lib/svg-root.ts';

/** A figure id used by a declaration, and where. */
export interface ChartFigureRef {
  field: string;
  id: string;
  /** Drawn from the chart's own dataset (marks), rather than only quoted in copy. */
  drawn: boolean;
}

/** A declaration as checks see it: its file, for messages, and its data. */
export interface KindEntry<C> {
  id: string;
  file: string;
  data: C;
}

/** What a kind's own checks may look up in the rest of the content. */
export interface KindCheckContext {
  datasets: readonly { id: string; data: DatasetData }[];
  quotationIds: ReadonlySet<string>;
  /** Ids of the plan comparisons (content/data/comparaison-*.yaml). */
  comparisonIds: ReadonlySet<string>;
  /** The dataset each figure id belongs to. */
  datasetOf: ReadonlyMap<string, string>;
}

/** How a kind draws a declaration, from the dossier to SVG and data files. */
export interface ChartDrawing<C, M, G> {
  /** What the chart shows, resolved against the dossier (figures, events, quotations). */
  model: (chart: C, dossier: DossierLookup) => M;
  /** The rows of its data table under the chart; none for a kind that shows its own table. */
  rows?: (chart: C, dossier: DossierLookup) => ChartTableRow[];
  /** Positions of every mark at a width, in CSS pixels. */
  layout: (model: M, options: { width: number }) => G;
  /** The SVG of a layout. */
  render: (geometry: G, options: ChartSvgOptions) => string;
  /** The standalone export's graphic and styles. */
  graphic: (chart: C, dossier: DossierLookup) => ExportGraphic;
  /** The export's data, when its rows are not the figures it draws (one row per drawn figure). */
  table?: (chart: C, dossier: DossierLookup) => DataTable;
}

/** A schema usable as a branch of the `kind`-discriminated chart union. */
export type KindSchema<C> = z.ZodType<C> & z.core.$ZodTypeDiscriminable;

/** One chart kind. `C` is its declaration (`kind: <name>` in content/charts/<id>.yaml). */
export interface ChartKind<C extends { kind: string }, M = unknown, G = unknown> {
  /** The declaration's fields and their fix-it messages. */
  schema: KindSchema<C>;
  /** Figure ids the chart draws, by field (figure placeholders in copy are found for every kind). */
  drawnRefs: (chart: C) => ChartFigureRef[];
  /** Checks that its `dataset:` exists, for a kind that draws something else than a dataset (a comparison). */
  checkDataset?: (chart: KindEntry<C>, context: KindCheckContext) => Problem[];
  /** Checks against the rest of the content beyond figures, datasets and sources (events, quotations…). */
  check?: (chart: KindEntry<C>, context: KindCheckContext) => Problem[];
  /** The drawing, loaded when a page or an export needs it. */
  drawing: () => Promise<ChartDrawing<C, M, G>>;
}

/** Declares a kind, keeping its own types (the registry derives everything else from them). */
export function defineKind<C extends { kind: string }, M, G>(kind: ChartKind<C, M, G>): ChartKind<C, M, G> {
  return kind;
}
