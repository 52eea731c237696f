// @ts-check
import { defineConfig } from 'astro/config';
import { generatedCss } from './src/styles/generated-css.ts';

// Absolute URLs (canonical, Open Graph, embed snippets) come from SITE_URL;
// BASE_PATH lets a newsroom host the whole site under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

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
  vite: { build: { assetsInlineLimit: 0 }, plugins: [generatedCss()] },
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
