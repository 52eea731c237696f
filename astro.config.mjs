// @ts-check
import { defineConfig } from 'astro/config';
import { generatedCss } from './src/styles/generated-css.ts';

// Absolute URLs (canonical, Open Graph, embed snippets) come from SITE_URL;
// BASE_PATH lets a newsroom host the whole site under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
const INLINE_SCRIPT_MAX_BYTES = 8 * 1024;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.PAYUNG_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Astro 7's default ('jsx') drops whitespace between inline elements, which would glue words
  // together in our prose; `true` is the lossless compression the pages were written for.
  compressHTML: true,
  devToolbar: { enabled: false },
  // Colour tokens and the map's layout rules are generated from TypeScript (src/styles/generated-css.ts).
  // Page scripts without imports (a few KiB) are written into the page: on a 150 ms round trip a
  // separate file costs more than its bytes, and module scripts are fetched at high priority
  // before the first paint. Astro inlines a script chunk only when this returns true (it hashes
  // it into the CSP); no other asset (image, font) is ever turned into a data: URL.
  vite: {
    build: { assetsInlineLimit: (file, content) => file.endsWith('.js') && content.length <= INLINE_SCRIPT_MAX_BYTES },
    plugins: [generatedCss()],
  },
  // Content-Security-Policy as a <meta> tag on every page: Astro adds the hashes of its own
  // scripts and styles to script-src/style-src. frame-ancestors cannot live in a meta tag:
  // public/_headers sets it (and the other response headers) for static hosts.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
