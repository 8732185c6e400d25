// Data flows one way (README, Architecture): no import cycles between files, nothing outside src/cli imports
// it, and the core stages never import the report or explain layers.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const CORE = ['src/capture', 'src/transport', 'src/http1', 'src/http2', 'src/engine', 'rules', 'src/input', 'src/config', 'src/cors', 'src/http', 'src/options', 'src/text', 'src/exchange.ts', 'src/judge.ts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

/** Relative imports of a file (static, dynamic and `export … from`), resolved to repo paths. Type-only imports count. */
export function importsOf(file: string, text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)(['"])(\.{1,2}\/[^'"]+)\1/g)) {
    let target = relative(ROOT, resolve(ROOT, dirname(file), m[2]!));
    if (target.endsWith('.json')) continue;
    target = target.replace(/\.(ts|js|cjs|mjs)$/, '');
    found.push(`${target}.ts`);
  }
  return found;
}

const files = [...sourceFiles('src'), ...sourceFiles('rules')];
const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(join(ROOT, f), 'utf8')).filter((t) => files.includes(t))]));

function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found;
}

const inside = (file: string, area: string) => file === area || file.startsWith(`${area}/`);

describe('architecture: data flows one way', () => {
  it('finds the source files and their imports', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(graph.get('src/judge.ts')).toContain('src/engine/run.ts');
  });

  it('has no import cycle', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('imports src/cli only from src/cli', () => {
    const upward = [...graph].flatMap(([file, targets]) => (inside(file, 'src/cli') ? [] : targets.filter((t) => inside(t, 'src/cli')).map((t) => `${file} → ${t}`)));
    expect(upward).toEqual([]);
  });

  it('keeps the core stages free of report/ and explain/', () => {
    const bad = [...graph].flatMap(([file, targets]) =>
      CORE.some((area) => inside(file, area)) ? targets.filter((t) => inside(t, 'src/report') || inside(t, 'src/explain')).map((t) => `${file} → ${t}`) : [],
    );
    expect(bad).toEqual([]);
  });

  it('has rule explanations loaded only by explain', () => {
    const loaders = [...graph].filter(([, targets]) => targets.includes('rules/explanations.ts')).map(([file]) => file);
    expect(loaders).toEqual(['src/explain/rule.ts']);
  });
});

describe('architecture: the README folder map matches the tree', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const map = readme.slice(readme.indexOf('<!-- folders:start'), readme.indexOf('<!-- folders:end -->'));
  const paths = [...map.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!.replace(/<category>\/$/, '').replace(/\/$/, ''));

  it('names every folder and top-level file of src/, and rules/', () => {
    const entries = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).map((e) => `src/${e.name}`);
    expect(paths.length).toBeGreaterThan(10);
    for (const entry of [...entries, 'rules']) expect(paths, `${entry} is in the README folder map`).toContain(entry);
  });

  it('names nothing that does not exist', () => {
    for (const path of paths) expect(existsSync(join(ROOT, path)), `${path} exists`).toBe(true);
  });
});
