// The other subcommands end to end: `lab` serves on loopback only, `rules` lists the catalogue, IPv6 targets.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index';
import { BIN, runCli } from '../helpers/cli';

describe('httpinspect lab', () => {
  it('prints its URL, serves /status/<code> with knobs, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'lab', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8').once('data', (line: string) => resolve(line.trim()));
        child.once('exit', (code) => reject(new Error(`lab exited ${code}`)));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const r = await runCli([`${url}/status/204?body=hello&cl=5`, '-X', 'DELETE', '--json']);
      const ex = JSON.parse(r.stdout).exchanges[0];
      expect(ex.response.status).toBe(204);
      expect(ex.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(expect.arrayContaining(['framing/body-on-204', 'framing/content-length-on-204']));
    } finally {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('refuses a non-loopback address and a busy port with one line and exit 2', async () => {
    const wide = await runCli(['lab', '--host', '0.0.0.0']);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/^httpinspect: --host must be a loopback address/);
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '127.0.0.1', r));
    try {
      const port = String((busy.address() as { port: number }).port);
      const r = await runCli(['lab', '--port', port]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('already in use');
    } finally {
      busy.close();
    }
  });
});

describe('httpinspect rules', () => {
  it('lists every rule with its severity and spec, as text and as JSON', async () => {
    const json = JSON.parse((await runCli(['rules', '--json'])).stdout);
    expect(json.rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    expect(json.rules[0]).toEqual(expect.objectContaining({ severity: expect.stringMatching(/^(error|warning|info)$/), url: expect.stringMatching(/^https:/) }));
    const text = (await runCli(['rules'])).stdout;
    for (const rule of allRules) expect(text).toContain(rule.meta.id);
    expect(text).toContain(`${allRules.length} rules`);
  });
});

describe('IPv6', () => {
  it('inspects a server on [::1]', async () => {
    const server = createServer((socket) => socket.once('data', () => socket.end(`HTTP/1.1 204 No Content\r\nDate: ${new Date().toUTCString()}\r\n\r\n`)));
    await new Promise<void>((resolve) => server.listen(0, '::1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const r = await runCli([`http://[::1]:${port}/x`, '-X', 'DELETE', '--json']);
      expect(r.code).toBe(0);
      const ex = JSON.parse(r.stdout).exchanges[0];
      expect(ex.remoteAddress).toBe('::1');
      expect(ex.request.headers).toContainEqual(['Host', `[::1]:${port}`]);
    } finally {
      server.close();
    }
  });
});
