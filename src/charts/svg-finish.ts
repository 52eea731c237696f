/**
 * Turns Plot's SVG element into the markup we ship: accessible (role="img",
 * <title>/<desc>, aria-labelledby), scalable (viewBox only, width 100%) and
 * small (Plot's inline <style>, class hash, aria-labels on groups and font
 * family dropped; coordinates rounded to one decimal).
 */

import { round1 } from '@/lib/round.ts';

const NUMERIC_ATTRIBUTES = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'width', 'height', 'cx', 'cy', 'r', 'points', 'dx', 'dy']);

/** Rounds every decimal in an attribute value to one place ("23.456" → "23.5"); "0.32em" stays. */
export function roundNumbers(value: string): string {
  if (value.endsWith('em')) return value;
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => round1(Number(n)));
}

import type { ChartOutput, ChartTable, ChartText } from './types.ts';

export interface FinishOptions {
  title: string;
  description: string;
  idPrefix: string;
  className: string;
  /** Base text size in viewBox units (Plot's default is 10). */
  fontSize?: number;
}

export function finishSvg(svg: SVGSVGElement | HTMLElement | Element, options: FinishOptions): string {
  const doc = svg.ownerDocument;
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  for (const name of ['class', 'width', 'height', 'font-family', 'style']) svg.removeAttribute(name);
  for (const el of Array.from(svg.querySelectorAll('*'))) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-hidden');
    for (const attr of Array.from(el.attributes)) {
      if (NUMERIC_ATTRIBUTES.has(attr.name)) el.setAttribute(attr.name, roundNumbers(attr.value));
    }
  }
  const titleId = `${options.idPrefix}-title`;
  const descId = `${options.idPrefix}-desc`;
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('class', options.className);
  if (options.fontSize) svg.setAttribute('font-size', String(options.fontSize));
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


/**
 * The one way a chart builder hands back its result: the drawn SVG finished for the page
 * (title, description, ids), its texts, its size and the table of the data it shows.
 */
export function chartOutput(
  svg: SVGSVGElement | HTMLElement | Element,
  words: ChartText,
  table: ChartTable,
  size: { width: number; height: number; idPrefix: string },
): ChartOutput {
  const { width, height, idPrefix } = size;
  return {
    ...words,
    svg: finishSvg(svg, { title: words.title, description: words.description, idPrefix, className: 'jc-svg', fontSize: width < 480 ? 13 : 12 }),
    width,
    height,
    table,
  };
}
