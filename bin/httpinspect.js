#!/usr/bin/env node
// Tiny launcher: runs the bundle built by `npm install` (prepare) or `npm run build`, compiled with V8's code
// cache (dist/httpinspect.cjs.cache, written after the first run), so start-up skips parsing and compiling.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/httpinspect.cjs', import.meta.url));
let source;
try {
  // esbuild writes ASCII only (non-ASCII is escaped), so latin1 reads it exactly, without UTF-8 decoding.
  source = readFileSync(bundle, 'latin1');
} catch {
  process.stderr.write('httpinspect: the bundle is missing (dist/httpinspect.cjs); run `npm install` or `npm run build` first\n');
  process.exit(2);
}
const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
const cjs = { exports: {} };
script.runInThisContext()(cjs.exports, createRequire(bundle), cjs, bundle, dirname(bundle));
await cjs.exports.main(process.argv);

// The first run (or one after a Node upgrade) leaves the cache for the next; a read-only install just goes without.
if (cachedData === undefined || script.cachedDataRejected) {
  try {
    const temporary = `${cacheFile}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    // Not writable: start-up stays as fast as without a cache.
  }
}
