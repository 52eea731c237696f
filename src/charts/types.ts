/**
 * The stages of a chart's journey, named so a reader can follow a number:
 * Dataset → `<Name>Data` (shaped by `<name>-data.ts`, pure) → `DrawnChart`
 * (drawn by `<name>.ts` with Observable Plot on an injected DOM) → finished
 * for where it goes (svg-finish.ts): `ChartOutput`, SVG for the page and the
 * embeds, or `ChartExport`, a Drawing for the downloads' frame (export.ts).
 */
import type { Cell } from '@/lib/csv-write.ts';
import type { Dataset } from '@/lib/dataset-schema.ts';
import type { Drawing } from '@/lib/drawing.ts';
import type { Lang } from '@/lib/format.ts';

/** The DOM Plot draws into: linkedom's at build time, the browser's in a test. */
export type ChartDocument = Document;

export interface BuildOptions {
  lang: Lang;
  document: ChartDocument;
  /** viewBox width; the SVG always scales to 100% of its container. */
  width?: number;
  /** Prefix for ids inside the SVG (title, desc), unique per page. */
  idPrefix?: string;
  /** What gaps between touching marks are painted with (palette.ts BACKGROUND): the page's or the paper's. */
  background?: string;
}

/** One legend entry; `mark` says how the swatch is drawn. */
export interface LegendItem {
  label: string;
  color: string;
  mark: 'bar' | 'rule' | 'dashed' | 'dot' | 'span';
}

/** The data shown, as a table: display strings for HTML, typed cells for CSV. */
export interface ChartTable {
  header: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: string[][];
  csvHeader: string[];
  csvRows: Cell[][];
}

/** Words around a chart, in one language. */
export interface ChartText {
  title: string;
  subtitle: string;
  /** Screen-reader description: what the chart shows, in one or two sentences with the key numbers. */
  description: string;
  notes: string[];
  /** Outlets the numbers come from, e.g. ["Investigasi.News", "Timex Kupang"]. */
  sources: string[];
  legend: LegendItem[];
}

export interface ChartOutput extends ChartText {
  /** Page-ready SVG markup: viewBox, width 100%, role="img", <title>/<desc>. */
  svg: string;
  /** viewBox size, for the export frame and the embed's fallback height. */
  width: number;
  height: number;
  table: ChartTable;
}

/** A chart drawn by Plot, not yet finished for a page (pageChart) or a download (exportChart). */
export interface DrawnChart extends ChartText {
  /** Plot's <svg>, which finishing changes in place. */
  element: Element;
  width: number;
  height: number;
  idPrefix: string;
  table: ChartTable;
}

/** A chart for a download: its words, and the drawing the download's frame places among them. */
export interface ChartExport extends ChartText {
  drawing: Drawing;
  table: ChartTable;
}

/** What the registry knows about a chart. */
export interface ChartDefinition {
  /** Stable id, Indonesian: also the slug of /grafik/<slug>/, /embed/<id>/ and the download names. */
  id: string;
  slug: string;
  /** The chart's title, from its words in the message catalog (the one place it is written). */
  title(lang: Lang): string;
  build(dataset: Dataset, lang: Lang, document: ChartDocument, options?: { width?: number; idPrefix?: string }): ChartOutput;
  /** The wide drawing for the downloads (SVG, PNG), painted on paper. */
  buildExport(dataset: Dataset, lang: Lang, document: ChartDocument): ChartExport;
}
