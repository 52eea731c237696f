/**
 * Stylesheets generated from typed sources at build time, served to Vite as virtual CSS modules
 * (`import 'virtual:payung/map.css'`): a colour or a layout size is written once, in TypeScript,
 * and the page's CSS and the downloads both come from it. astro.config.mjs registers the plugin;
 * src/layouts/Base.astro, src/components/embed/EmbedLayout.astro and src/components/map/styles.ts
 * import the modules ahead of the hand-written CSS, which may refine them.
 */
import type { Plugin } from 'vite';
import { atRule, cssRules, customProperties, propertyRefs, type CssRule, type Declarations } from '../lib/css-text.ts';
import { PRINT_PALETTE, SITE_PALETTE } from '../lib/palette.ts';
import { mapLayoutCss } from '../map/layout.ts';
import { MAP_PALETTE, MAP_PREFIX, mapPaint, RAMP } from '../map/palette.ts';

const DARK = '@media (prefers-color-scheme: dark)';

/**
 * The site's colour tokens (--bg, --fg, …): light, dark when the reader's system asks for it, and
 * paper when printed (`:root:root` outranks the dark scheme, which a printout may also match).
 */
export function siteColorsCss(): string {
  return [
    cssRules([[':root', customProperties(SITE_PALETTE.light)]]),
    atRule(DARK, [[':root', customProperties(SITE_PALETTE.dark)]]),
    atRule('@media print', [[':root:root', { 'color-scheme': 'light', ...customProperties(PRINT_PALETTE) }]]),
  ].join('\n');
}

/** Embeds follow `?theme=light|dark` (src/embed/child.ts sets <html data-theme>) over the reader's system. */
export function embedThemeCss(): string {
  const theme = (scheme: 'light' | 'dark'): Declarations => ({ 'color-scheme': scheme, ...customProperties(SITE_PALETTE[scheme]) });
  return cssRules([
    [":root[data-theme='light']", theme('light')],
    [":root[data-theme='dark']", theme('dark')],
  ]);
}

/** The maps' colours per scheme, the rules that paint with them, and the two layouts' sizes. */
export function mapCss(): string {
  const dark = customProperties(MAP_PALETTE.dark, MAP_PREFIX);
  const refs = propertyRefs(MAP_PALETTE.light, MAP_PREFIX);
  // The home map's HTML legend (map.css) shows each ramp step as a swatch painted like the regions.
  const swatches = RAMP.map((step): CssRule => [`.map-legend .jm-${step}`, { background: refs[step] }]);
  return [
    cssRules([['.jm', customProperties(MAP_PALETTE.light, MAP_PREFIX)]]),
    // An embed's ?theme=light wins over a dark system; ?theme=dark over a light one.
    atRule(DARK, [[":root:not([data-theme='light']) .jm", dark]]),
    cssRules([[":root[data-theme='dark'] .jm", dark], ...mapPaint(refs), ...swatches]),
    mapLayoutCss(),
  ].join('\n');
}

export const GENERATED_CSS: Readonly<Record<string, () => string>> = {
  'virtual:payung/site-colors.css': siteColorsCss,
  'virtual:payung/embed-theme.css': embedThemeCss,
  'virtual:payung/map.css': mapCss,
};

/** The Vite plugin that serves GENERATED_CSS. The ids end in .css, so Vite treats them as stylesheets. */
export function generatedCss(): Plugin {
  return {
    name: 'payung-generated-css',
    resolveId: (id) => (id in GENERATED_CSS ? `\0${id}` : undefined),
    load: (id) => (id.startsWith('\0') ? GENERATED_CSS[id.slice(1)]?.() : undefined),
  };
}
