#!/usr/bin/env node
// Tiny launcher: the real program is the bundle built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node >= 22.1 can cache compiled code between runs; older Node simply starts without it.
module.enableCompileCache?.();

const bundle = new URL('../dist/httpinspect.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('httpinspect: the bundle is missing (dist/httpinspect.js); run `npm install` or `npm run build` first\n');
  process.exit(2);
}
const { main } = await import(bundle.href);
await main(process.argv);
