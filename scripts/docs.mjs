// npm run docs: regenerates the README's rule and option tables from the code's own tables.
import { readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const out = await build({ entryPoints: ['scripts/readmeTables.ts'], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'warning' });
const { withReadmeTables } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
writeFileSync('README.md', withReadmeTables(readFileSync('README.md', 'utf8')));
console.log('README.md rule and option tables updated');
