// npm run fuzz [-- <count>] [--seed <n>] [--from <index>] [--case <index>] [--cli <count>]
// Runs as many seeded cases as asked (FUZZ_CASES also works; default 10000) and prints the seed and case of
// every failure, with the command that replays it. The harness is TypeScript: bundled with esbuild first.
// A full run (no --case/--from) also runs the HTTP/1.1 conformance suite and the llhttp differential on as
// many generated responses (replay one with CONFORMANCE_SEED=<seed> npx vitest run test/http1).
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.find((a, i) => /^\d+$/.test(a) && !args[i - 1]?.startsWith('--'));
const replay = flag('--case');
const count = replay !== undefined ? 1 : Number(positional ?? process.env.FUZZ_CASES ?? 10_000);
const seed = Number(flag('--seed') ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const from = Number(replay ?? flag('--from') ?? 0);
const cliCount = Number(flag('--cli') ?? 0);
for (const [name, value] of [['count', count], ['--seed', seed], ['--from', from], ['--cli', cliCount]]) {
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`fuzz: ${name} must be a whole number`);
    process.exit(2);
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const outdir = `${root}node_modules/.cache/httpinspect-fuzz`;
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [`${root}test/fuzz/harness.ts`, `${root}test/fuzz/cases.ts`, `${root}test/http1/conformance/run.ts`],
  outdir,
  outbase: `${root}test`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const harness = await import(pathToFileURL(`${outdir}/fuzz/harness.mjs`).href);
const { caseOf } = await import(pathToFileURL(`${outdir}/fuzz/cases.mjs`).href);
const conformance = await import(pathToFileURL(`${outdir}/http1/conformance/run.mjs`).href);

if (replay !== undefined) {
  const c = caseOf(seed, from);
  console.log(`case ${from} of seed ${seed}: ${c.scheme} ${c.method}, ${JSON.stringify(c.recipe)}, ending ${c.ending}, limits ${JSON.stringify(c.limits)}`);
  console.log(`bytes (${c.pieces.length} pieces): ${JSON.stringify(Buffer.concat(c.pieces).toString('latin1'))}`);
}
console.log(`fuzz: ${count} cases from ${from}, seed ${seed}`);
const started = performance.now();
let lastShown = 0;
const run = await harness.fuzzInProcess(seed, count, {
  from,
  onProgress: (done) => {
    if (done - lastShown >= 1000 || done === count) {
      lastShown = done;
      process.stderr.write(`  ${done}/${count} (${((performance.now() - started) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB)\n`);
    }
  },
});
const failures = [...run.failures];
if (cliCount > 0) {
  const server = await harness.fuzzServer();
  const bin = `${root}bin/httpinspect.js`;
  for (let k = 0; k < cliCount; k++) {
    const c = caseOf(seed, from + Math.floor((k * count) / cliCount));
    const problem = await harness.checkCli(server, c, bin, ['text', 'verbose', 'json'][k % 3]);
    if (problem) failures.push(harness.describeFailure(seed, c, `(CLI) ${problem}`));
  }
  await server.close();
}
if (replay === undefined && from === 0 && count > 0) {
  const perClass = Math.max(3, Math.floor(count / 200));
  const checked = conformance.runConformance(seed, count, perClass);
  const differential = conformance.runDifferential(seed, count);
  failures.push(...checked.failures, ...differential.failures);
  console.log(`conformance: ${checked.valid} valid responses, ${checked.mutants} mutants; llhttp differential: ${differential.agreed}/${differential.cases} agree, deviations ${JSON.stringify(Object.fromEntries(differential.seen))}`);
}
for (const f of failures) console.log(f);
console.log(`fuzz: ${count + cliCount} cases, ${failures.length} failures, seed ${seed} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failures.length > 0 ? 1 : 0);
