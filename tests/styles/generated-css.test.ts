import { describe, expect, it } from 'vitest';
import { embedThemeCss, GENERATED_CSS, generatedCss, mapCss, siteColorsCss } from '@/styles/generated-css.ts';
import { SITE_PALETTE } from '@/lib/palette.ts';
import { MAP_PALETTE, mapPaint, RAMP } from '@/map/palette.ts';

/** The declarations of the first block that opens with `selector {`. */
function block(css: string, selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no block ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('generated stylesheets', () => {
  it('give the page the light site colours, and the dark ones when the system asks', () => {
    const css = siteColorsCss();
    expect(block(css, ':root')).toContain(`--bg: ${SITE_PALETTE.light.bg};`);
    const dark = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    expect(block(dark, ':root')).toContain(`--bg: ${SITE_PALETTE.dark.bg};`);
    expect(block(dark, ':root')).toContain(`--warn-fg: ${SITE_PALETTE.dark['warn-fg']};`);
  });

  it('let an embed force either scheme, every token included', () => {
    const css = embedThemeCss();
    for (const scheme of ['light', 'dark'] as const) {
      const rule = block(css, `:root[data-theme='${scheme}']`);
      expect(rule).toContain(`color-scheme: ${scheme};`);
      for (const [name, value] of Object.entries(SITE_PALETTE[scheme])) expect(rule).toContain(`--${name}: ${value};`);
    }
  });

  it('give maps the light palette, the dark one by system (unless an embed says light) and by data-theme', () => {
    const css = mapCss();
    expect(block(css, '.jm')).toContain(`--jm-sea: ${MAP_PALETTE.light.sea};`);
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    for (const selector of [":root:not([data-theme='light']) .jm", ":root[data-theme='dark'] .jm"]) {
      const rule = block(media, selector);
      for (const [name, value] of Object.entries(MAP_PALETTE.dark)) expect(rule).toContain(`--jm-${name}: ${value};`);
    }
    // The painting rules read the properties; no colour value is written into them.
    expect(css).toContain('.jm-sea { fill: var(--jm-sea); }');
    expect(css).toContain('.jm-seq-3 path, .jm-swatch.jm-seq-3 { fill: var(--jm-seq-3); }');
    for (const step of RAMP) expect(css).toContain(`.map-legend .jm-${step} { background: var(--jm-${step}); }`);
    expect(css).toMatch(/\.jm-hw-360 \{ aspect-ratio: 640 \/ 360; \}/);
    expect(mapPaint(MAP_PALETTE.light).length).toBeGreaterThan(0);
    for (const [selector] of mapPaint(MAP_PALETTE.light)) expect(css).toContain(`${selector} {`);
  });

  it('are served to Vite as CSS modules under their virtual ids, and nothing else is', () => {
    const plugin = generatedCss();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    for (const [id, css] of Object.entries(GENERATED_CSS)) {
      const resolved = resolve(id);
      expect(resolved).toMatch(/\.css$/);
      expect(load(resolved ?? '')).toBe(css());
    }
    expect(resolve('virtual:payung/unknown.css')).toBeUndefined();
    expect(load('\0virtual:other')).toBeUndefined();
    expect(load('/src/components/map/map.css')).toBeUndefined();
  });
});
