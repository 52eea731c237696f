/**
 * Turns Plot's SVG element into the markup we ship: accessible (role="img",
 * <title>/<desc>, aria-labelledby), scalable (viewBox only, width 100%) and
 * small (Plot's inline <style>, class hash, aria-labels on groups and font
 * family dropped; coordinates rounded to one decimal). Or, for a download,
 * into a Drawing that the export frame (export.ts) places without reading it.
 */

import { round1 } from '@/lib/round.ts';

const NUMERIC_ATTRIBUTES = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'points', 'dx', 'dy']);

/** Rounds every decimal in an attribute value to one place ("23.456" → "23.5"); "0.32em" stays. */
export function roundNumbers(value: string): string {
  if (value.endsWith('em')) return value;
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => round1(Number(n)));
}

import type { ChartExport, ChartOutput, ChartTable, ChartText, DrawnChart } from './types.ts';

export interface FinishOptions {
  title: string;
  description: string;
  idPrefix: string;
  className: string;
  /** Base text size in viewBox units (Plot's default is 10). */
  fontSize?: number;
}

/** What page and download share: Plot's stylesheet, class, size and aria-labels off, numbers rounded. */
function clean(svg: Element, fontSize: number | undefined): void {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const name of ['class', 'width', 'height', 'font-family', 'style']) svg.removeAttribute(name);
  for (const el of Array.from(svg.querySelectorAll('*'))) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-hidden');
    for (const attr of Array.from(el.attributes)) {
      if (NUMERIC_ATTRIBUTES.has(attr.name)) el.setAttribute(attr.name, roundNumbers(attr.value));
    }
  }
  if (fontSize) svg.setAttribute('font-size', String(fontSize));
}

export function finishSvg(svg: SVGSVGElement | HTMLElement | Element, options: FinishOptions): string {
  const doc = svg.ownerDocument;
  clean(svg, options.fontSize);
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('class', options.className);
  svg.setAttribute('width', '100%');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${titleId} ${descId}`);
  const title = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
  title.setAttribute('id', titleId);
  title.textContent = options.title;
  const desc = doc.createElementNS('http://www.w3.org/2000/svg', 'desc');
  desc.setAttribute('id', descId);
  desc.textContent = options.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  return svg.outerHTML;
}

/** Base text size in viewBox units: a narrow drawing is shown smaller, so its type is larger. */
const fontSize = (width: number) => (width < 480 ? 13 : 12);

/** The one way a chart builder hands back its result: the drawing, still to be finished for where it goes. */
export function drawnChart(svg: Element, words: ChartText, table: ChartTable, size: { width: number; height: number; idPrefix: string }): DrawnChart {
  return { ...words, element: svg, table, ...size };
}

/** For a page: title, description and ids for screen readers, scaled to its container. */
export function pageChart({ element, table, width, height, idPrefix, ...words }: DrawnChart): ChartOutput {
  return {
    ...words,
    svg: finishSvg(element, { title: words.title, description: words.description, idPrefix, className: 'jc-svg', fontSize: fontSize(width) }),
    width,
    height,
    table,
  };
}

/** For a download's frame: its words are the frame's, so the drawing is only what Plot drew. */
export function exportChart({ element, table, width, height, idPrefix: _, ...words }: DrawnChart): ChartExport {
  clean(element, fontSize(width));
  const attributes = Object.fromEntries(Array.from(element.attributes).filter((a) => a.name !== 'viewBox').map((a) => [a.name, a.value]));
  return { ...words, drawing: { width, height, attributes, content: element.innerHTML }, table };
}
