import { defineConfig } from 'vitest/config';

// `@/…` imports resolve through tsconfig.json's "paths", as in Astro.
export default defineConfig({ resolve: { tsconfigPaths: true } });
