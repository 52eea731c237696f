// @ts-check
import { defineConfig } from 'astro/config';

// Absolute URLs (canonical, Open Graph, embed snippets) come from SITE_URL;
// BASE_PATH lets a newsroom host the whole site under a sub-path.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.JARING_OUT_DIR ?? './dist',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
