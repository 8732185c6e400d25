// Bundles the CLI into one ESM entry (dist/httpinspect.js, plus lazily loaded chunks) for fast start-up.
// Runs on `npm install` (prepare) and before tests and benchmarks.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear old ones so dist/ holds exactly one build.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { httpinspect: 'src/cli/main.ts' },
  outdir: 'dist',
  // Subcommands and paths that load lazily (lab, demo, explain, --clients, report formats) become chunks,
  // so plain inspection parses only what it runs.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // undici is only needed on the --clients path; it stays a lazily imported package.
  external: ['undici'],
  // cli-table3 measures every cell with string-width; ours gives the same widths without compiling the emoji
  // regex on every start-up (see the file).
  alias: { 'string-width': './src/report/stringWidth.cjs' },
  // cli-table3 is CommonJS and calls require() for Node built-ins; the real require is made only when first
  // called, so the many chunks that never require anything pay nothing for it.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; let __req; const require = (id) => (__req ??= __createRequire(import.meta.url))(id);",
  },
  legalComments: 'none',
  minify: process.env.HTTPINSPECT_NO_MINIFY ? false : true,
  logLevel: 'warning',
});
