// Bundles the CLI into one ESM file (dist/httpinspect.js) for fast start-up.
// Runs on `npm install` (prepare) and before tests and benchmarks.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/httpinspect.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // undici is only needed on the --clients path; it stays a lazily imported package.
  external: ['undici'],
  // cli-table3 is CommonJS and calls require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  minify: true,
  logLevel: 'warning',
});
