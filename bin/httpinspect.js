#!/usr/bin/env node
// Tiny launcher: the real program is the bundle built by `npm install` (prepare) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/httpinspect.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('httpinspect: the bundle is missing (dist/httpinspect.js); run `npm install` or `npm run build` first\n');
  process.exit(2);
}
await import(bundle.href);
