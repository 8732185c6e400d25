// `httpinspect lab`: serve the lab until interrupted.
import { isIP } from 'node:net';
import { startLab } from '../lab/server';
import { allScenarios } from '../lab/scenarios/index';
import { LAB_CERTIFICATE } from '../lab/h2/testCertificate';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, UsageError } from '../options/usage';
import { parseCount } from '../options/units';

function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1';
}

export interface LabFlags {
  port: string;
  host: string;
  h2cPort?: string;
  tls?: boolean;
  tlsPort?: string;
}

function portOf(value: string, option: string): number {
  const port = parseCount(value, option);
  if (port > 65535) throw new UsageError(`${option} must be 0–65535, not ${port}`);
  return port;
}

export async function runLab(flags: LabFlags): Promise<number> {
  const port = portOf(flags.port, '--port');
  // Beside the HTTP/1.1 port: h2c on the next port (or a free one with --port 0), TLS on the one after.
  const h2cPort = flags.h2cPort !== undefined ? portOf(flags.h2cPort, '--h2c-port') : port === 0 ? 0 : Math.min(port + 1, 65535);
  const tlsPort = flags.tlsPort !== undefined ? portOf(flags.tlsPort, '--tls-port') : port === 0 ? 0 : Math.min(port + 2, 65535);
  // The lab serves deliberately broken HTTP: it never listens beyond this machine.
  if (!isLoopback(flags.host)) throw new UsageError(`--host must be a loopback address (127.0.0.1, ::1, localhost), not "${flags.host}"`);
  let lab;
  try {
    lab = await startLab({ port, host: flags.host, h2cPort, tls: flags.tls === true, tlsPort });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'EADDRINUSE' ? `port ${port} is already in use; pick another with --port (0 picks a free one)` : `cannot listen on ${flags.host}:${port}: ${(err as Error).message}`);
  }
  process.stdout.write(`${lab.url}\n`);
  process.stderr.write(`httpinspect lab: ${allScenarios.length} scenarios at ${lab.url}/scenario/<name>, any status at ${lab.url}/status/<code>; index at ${lab.url}/ (Ctrl-C stops)\n`);
  process.stderr.write(`httpinspect lab: ${allScenarios.filter((s) => s.protocol === 'h2c').length} HTTP/2 scenarios with prior knowledge at ${lab.h2cUrl}/scenario/<name> (httpinspect --http2-prior-knowledge)\n`);
  if (lab.tlsUrl) {
    const caFile = join(tmpdir(), 'httpinspect-lab-cert.pem');
    writeFileSync(caFile, LAB_CERTIFICATE);
    process.stdout.write(`${lab.tlsUrl}\n`);
    process.stderr.write(
      `httpinspect lab: TLS with ALPN h2 and http/1.1 at ${lab.tlsUrl}, using a self-signed TEST certificate shipped for the lab only (its private key is public): trust it with --cacert ${caFile} or use -k\n`,
    );
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await lab.close();
  return EXIT.ok;
}
