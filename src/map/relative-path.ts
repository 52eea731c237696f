/**
 * SVG path data in whole units with relative `l` steps: "M581,148l0,6l-1,3z".
 * Small deltas compress far better than repeated absolute coordinates (about
 * a quarter less gzip for the province map), and steps that round to nothing
 * are dropped. Used as a d3-geo path context.
 */
import { geoClipRectangle, geoPath, type GeoContext, type GeoPermissibleObjects, type GeoStreamWrapper } from 'd3-geo';

class RelativePathContext implements GeoContext {
  private out = '';
  private x = 0;
  private y = 0;

  beginPath(): void {
    // Each ring starts with moveTo; nothing to reset between polygons.
  }

  moveTo(x: number, y: number): void {
    this.x = Math.round(x);
    this.y = Math.round(y);
    this.out += `M${this.x},${this.y}`;
  }

  lineTo(x: number, y: number): void {
    const nx = Math.round(x);
    const ny = Math.round(y);
    if (nx === this.x && ny === this.y) return;
    this.out += `l${nx - this.x}${ny - this.y < 0 ? '' : ','}${ny - this.y}`;
    this.x = nx;
    this.y = ny;
  }

  closePath(): void {
    this.out += 'z';
  }

  arc(): void {
    // Points are never drawn on these maps.
  }

  take(): string {
    const d = this.out;
    this.out = '';
    return d;
  }
}

/** A box in projected (SVG) units: [[x0, y0], [x1, y1]]. */
export type Extent = [[number, number], [number, number]];

/**
 * With `clip`, geometry is cut to that box after projection, so land that a panel's
 * clip-path would hide is not written into the page at all.
 */
export function relativePath(projection: GeoStreamWrapper, clip?: Extent): (object: GeoPermissibleObjects) => string {
  const context = new RelativePathContext();
  const cut = clip ? geoClipRectangle(clip[0][0], clip[0][1], clip[1][0], clip[1][1]) : null;
  const path = geoPath(cut ? { stream: (s) => projection.stream(cut(s)) } : projection, context);
  return (object) => {
    path(object);
    return context.take();
  };
}
