/**
 * What every chart hands Plot before its scales and marks: the injected
 * document (so the same code draws at build time and in a browser), the
 * drawing's size and its margins as [top, right, bottom, left].
 */
import type { ChartDocument } from './types.ts';

export function plotFrame(document: ChartDocument, width: number, height: number, [top, right, bottom, left]: readonly [number, number, number, number]) {
  return { document, width, height, marginTop: top, marginRight: right, marginBottom: bottom, marginLeft: left };
}
