/** Snapshot form of an SVG: ids normalised, coordinates rounded to integers (text untouched). */
export function normaliseSvg(svg: string, idPrefix: string): string {
  return svg
    .replaceAll(idPrefix, 'ID')
    .replace(/ (d|x|y|x1|x2|y1|y2|cx|cy|r|width|height|transform)="([^"]*)"/g, (_, name: string, value: string) =>
      ` ${name}="${value.replace(/-?\d+\.\d+(?!\d*em)/g, (n) => String(Math.round(Number(n))))}"`)
    .replace(/></g, '>\n<');
}
