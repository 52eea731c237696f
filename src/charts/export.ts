/**
 * Downloadable files for a chart: a self-contained SVG (title, subtitle,
 * legend, chart, notes, source and credit all inside the drawing), a 2× PNG
 * rendered from it with resvg, and a CSV of exactly the data shown.
 */
import { Resvg } from '@resvg/resvg-js';
import { toCsv, type CsvDialect } from '@/lib/csv-write.ts';
import type { Lang } from '@/lib/format.ts';
import { sanitizeSvg } from './sanitize-svg.ts';
import type { ChartTable, ChartText, LegendItem } from './types.ts';
import type { Drawing } from '@/lib/drawing.ts';
import { escapeXml } from '@/lib/escape-xml.ts';
import { PAPER, SITE_PALETTE } from '@/lib/palette.ts';
import { messages } from '@/lib/i18n.ts';
import { charsPerLine, wrapText } from '@/lib/wrap.ts';

export const EXPORT_WIDTH = 688;
const PAD = 24;
/** Downloads are printed in the light scheme's text colours, on paper. */
const INK = SITE_PALETTE.light.fg;
const MUTED = SITE_PALETTE.light.muted;
const FONT = "'DejaVu Sans', Verdana, sans-serif";
/** Average advance of DejaVu Sans, in ems: generous, so lines never run off the edge. */
export const CHAR_EM = 0.6;

function words(lang: Lang) {
  const t = messages(lang);
  return { ...t.charts.export, credit: t.credits.chart };
}


function legendSvg(items: readonly LegendItem[], y0: number, width: number): { svg: string; height: number } {
  const size = 12;
  let x = 0;
  let y = y0;
  const parts: string[] = [];
  for (const item of items) {
    const w = 18 + item.label.length * size * CHAR_EM + 16;
    if (x > 0 && x + w > width) {
      x = 0;
      y += 20;
    }
    const color = item.color === 'currentColor' ? INK : item.color;
    const swatch =
      item.mark === 'bar' ? `<rect x="${x}" y="${y - 10}" width="14" height="12" fill="${color}"/>`
      : item.mark === 'span' ? `<rect x="${x + 0.5}" y="${y - 9.5}" width="13" height="11" fill="none" stroke="${color}" stroke-dasharray="3 2"/>`
      : item.mark === 'dot' ? `<circle cx="${x + 7}" cy="${y - 4}" r="5" fill="${color}"/>`
      : item.mark === 'dashed' ? `<path d="M${x + 7},${y - 12}V${y + 3}" stroke="${color}" stroke-width="2" stroke-dasharray="3 2"/>`
      : `<path d="M${x + 7},${y - 12}V${y + 3}" stroke="${color}" stroke-width="2"/>`;
    parts.push(`${swatch}<text x="${x + 20}" y="${y}" font-size="${size}" fill="${INK}">${escapeXml(item.label)}</text>`);
    x += w;
  }
  return { svg: `<g transform="translate(${PAD},0)">${parts.join('')}</g>`, height: items.length === 0 ? 0 : y - y0 + 20 };
}

export interface ExportInput extends ChartText {
  /** The chart or map as its renderer drew it for a download (ChartDefinition.buildExport, choroplethDrawing). */
  drawing: Drawing;
  lang: Lang;
  /** Where the chart lives online, printed in the credit line; null when the build does not know (no SITE_URL). */
  url: string | null;
}

/** A self-contained, sanitised SVG document of the chart with its words around it. */
export function exportSvg(input: ExportInput): string {
  const w = words(input.lang);
  const inner = EXPORT_WIDTH - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const lines = (text: string, size: number, fill: string, weight = 'normal', gap = 1.3) => {
    for (const line of wrapText(text, charsPerLine(inner, size, CHAR_EM))) {
      y += size * gap;
      out.push(`<text x="${PAD}" y="${Math.round(y)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(line)}</text>`);
    }
  };
  lines(input.title, 20, INK, 'bold');
  y += 4;
  lines(input.subtitle, 13, MUTED);
  y += 20;
  const legend = legendSvg(input.legend, y, inner);
  out.push(legend.svg);
  y += legend.height;
  const { drawing } = input;
  const chartHeight = Math.round((drawing.height * inner) / drawing.width);
  const attributes = Object.entries(drawing.attributes).map(([name, value]) => ` ${name}="${escapeXml(value)}"`).join('');
  out.push(
    `<svg x="${PAD}" y="${y}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${drawing.width} ${drawing.height}"${attributes}>${drawing.content}</svg>`,
  );
  y += chartHeight + 8;
  if (input.notes.length > 0) {
    lines(`${w.notes}:`, 11, INK, 'bold');
    for (const note of input.notes) lines(`• ${note}`, 11, MUTED, 'normal', 1.35);
    y += 6;
  }
  lines(`${w.source}: ${input.sources.join(', ')}.`, 11, INK);
  lines(input.url ? `${w.credit} · ${input.url}` : w.credit, 11, MUTED);
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${EXPORT_WIDTH}" height="${height}" viewBox="0 0 ${EXPORT_WIDTH} ${height}" font-family="${FONT}" color="${INK}" role="img" aria-labelledby="t d">` +
    `<title id="t">${escapeXml(input.title)}</title><desc id="d">${escapeXml(`${input.subtitle}. ${input.description} ${w.source}: ${input.sources.join(', ')}. ${w.credit}.`)}</desc>` +
    `<rect width="${EXPORT_WIDTH}" height="${height}" fill="${PAPER}"/>${out.join('')}</svg>`;
  return sanitizeSvg(svg);
}

/** PNG at twice the SVG's size. Text needs fonts: DejaVu Sans (fonts-dejavu-core) or whatever the system has. */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: PAPER,
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return resvg.render().asPng();
}

/** The CSV of a chart's table: header on line 1, data only (title, source and credit are in its metadata JSON). */
export function exportCsv(table: ChartTable, dialect: CsvDialect = 'standard'): string {
  return toCsv(table.csvHeader, table.csvRows, dialect);
}

/**
 * What travels beside a chart's CSV (like Our World in Data's .metadata.json): title, what it
 * shows, notes, sources, credit, citation, the columns, and which file is for what.
 */
export function exportMetadata(
  table: ChartTable,
  text: Pick<ChartText, 'title' | 'sources'> & Partial<Pick<ChartText, 'subtitle' | 'description' | 'notes'>>,
  lang: Lang,
  url: string | null,
  files: { csv: string; excel: string },
): string {
  const w = words(lang);
  const meta = {
    title: text.title,
    ...(text.subtitle ? { subtitle: text.subtitle } : {}),
    ...(text.description ? { description: text.description } : {}),
    notes: text.notes ?? [],
    sources: text.sources,
    credit: w.credit,
    citation: url ? `${w.credit}, “${text.title}”, ${url}` : `${w.credit}, “${text.title}”`,
    ...(url ? { url } : {}),
    language: lang,
    columns: table.csvHeader,
    files: {
      [files.csv]: w.csvStandard,
      [files.excel]: w.csvExcel,
    },
  };
  return `${JSON.stringify(meta, null, 2)}\n`;
}
