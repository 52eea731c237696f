/** One decimal for SVG coordinates ("12.3", never "-0"): at 640 units across, a tenth is well under a pixel. */
export function round1(value: number): string {
  const v = Math.round(value * 10) / 10;
  return String(Object.is(v, -0) ? 0 : v);
}
