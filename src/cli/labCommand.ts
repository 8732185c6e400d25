// `httpinspect lab`: serve the lab until interrupted.
import { isIP } from 'node:net';
import { startLab } from '../lab/server';
import { allScenarios } from '../lab/scenarios/index';
import { EXIT, UsageError } from '../options/usage';
import { parseCount } from '../options/units';

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

export async function runLab(flags: { port: string; host: string }): Promise<number> {
  const port = parseCount(flags.port, '--port');
  if (port > 65535) throw new UsageError(`--port must be 0–65535, not ${port}`);
  // The lab serves deliberately broken HTTP: it never listens beyond this machine.
  if (!isLoopback(flags.host)) throw new UsageError(`--host must be a loopback address (127.0.0.1, ::1, localhost), not "${flags.host}"`);
  let lab;
  try {
    lab = await startLab({ port, host: flags.host });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port (0 picks a free one)` : `cannot listen on ${flags.host}:${port}: ${(err as Error).message}`);
  }
  process.stdout.write(`${lab.url}\n`);
  process.stderr.write(`httpinspect lab: ${allScenarios.length} scenarios at ${lab.url}/scenario/<name>, any status at ${lab.url}/status/<code>; index at ${lab.url}/ (Ctrl-C stops)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await lab.close();
  return EXIT.ok;
}
