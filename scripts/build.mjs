// Bundles the CLI into one CommonJS file (dist/httpinspect.cjs) for fast start-up: bin/httpinspect.js compiles
// it with V8's code cache, so a run deserializes compiled code instead of parsing and compiling ~600 KB of
// JavaScript. Lazily imported paths (lab, demo, explain, --clients, report formats, offline input) stay in
// wrapper functions that run only when imported. Runs on `npm install` (prepare) and before tests and benchmarks.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// A new build invalidates the code cache: clear dist/ so it holds exactly one build.
rmSync('dist', { recursive: true, force: true });

await build({
  entryPoints: { httpinspect: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // undici is only needed on the --clients path; it stays a lazily required package. Dynamic imports of
  // packages become require() calls made when that path runs (vm scripts cannot import() without a flag).
  external: ['undici'],
  supported: { 'dynamic-import': false },
  // cli-table3 measures every cell with string-width; ours gives the same widths without compiling the emoji
  // regex on every start-up (see the file).
  alias: { 'string-width': './src/report/stringWidth.cjs' },
  // The source is ESM: import.meta.url becomes the bundle's own file URL.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  minify: process.env.HTTPINSPECT_NO_MINIFY ? false : true,
  logLevel: 'warning',
});
