/**
 * Makes the server-rendered choropleth (src/map/choropleth.ts) stand alone for
 * download: its colours live in map.css as custom properties, which resvg and
 * many editors do not read, so the light scheme's values are resolved into a
 * plain <style>, and the viewBox is cropped to the wide layout.
 */

/** The custom properties of the first `.jm { … }` block (the light scheme). */
export function lightVariables(css: string): Map<string, string> {
  const block = /(^|\n)\.jm\s*\{([^}]*)\}/.exec(css)?.[2] ?? '';
  return new Map([...block.matchAll(/(--jm-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1] as string, (m[2] as string).trim()]));
}

/**
 * Top-level rules of map.css a static renderer can apply: no @media/@container
 * blocks, no pseudo-classes, no :root, with var(--jm-*) resolved.
 */
export function staticMapCss(css: string): string {
  const vars = lightVariables(css);
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < withoutComments.length; i++) {
    const c = withoutComments[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        rules.push(withoutComments.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  return rules
    .filter((r) => {
      const selector = r.slice(0, r.indexOf('{')).trim();
      return !r.startsWith('@') && !selector.includes(':') && selector !== '.jm' && selector !== '.jm-frame' && !/aspect-ratio|container/.test(r);
    })
    .map((r) => r.replace(/var\((--jm-[\w-]+)\)/g, (_, name: string) => vars.get(name) ?? 'none'))
    .filter((r) => !r.includes('var('))
    .join('\n');
}

/**
 * The wide layout's height in viewBox units, from the `jm-hw-<h>` class (h per
 * 640 units of width).
 */
export function wideViewBox(svg: string): [number, number] | null {
  const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(open);
  if (!box) return null;
  const width = Number(box[1]);
  const cls = /class="[^"]*\bjm-hw-(\d+)\b/.exec(open);
  if (cls) return [width, Math.round((Number(cls[1]) * width) / 640)];
  return null;
}

/** The map SVG for an export frame: wide viewBox, resolved <style>, no links. */
export function standaloneMap(svg: string, css: string): string {
  const wide = wideViewBox(svg);
  let out = svg;
  if (wide) out = out.replace(/viewBox="0 0 [\d.]+ [\d.]+"/, `viewBox="0 0 ${wide[0]} ${wide[1]}"`);
  const open = /^<svg[^>]*>/.exec(out)?.[0] ?? '<svg>';
  return `${open}<style>${staticMapCss(css)}\n.jm-label{font-family:'DejaVu Sans',sans-serif}</style>${out.slice(open.length)}`;
}
