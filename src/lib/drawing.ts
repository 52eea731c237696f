/**
 * A drawing handed to a download's frame (src/charts/export.ts) by its renderer, ready to be
 * placed: the frame scales it into its box and never has to read the SVG it was given.
 */
export interface Drawing {
  /** viewBox size. */
  width: number;
  height: number;
  /** Presentation attributes the drawing's root carries (`fill`, `font-size`, …), in order. */
  attributes: Readonly<Record<string, string>>;
  /** The SVG elements inside the root, resolved for a file with no stylesheet of its own. */
  content: string;
}
