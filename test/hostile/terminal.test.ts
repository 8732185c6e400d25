// Terminal safety: everything the server sends is shown escaped, never obeyed — reason phrase, header
// names and values, body excerpts, Location, certificate names, error text — in text mode and -v.
import { Chalk } from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import { UNSAFE, visible } from '../../src/text/escape';
import { renderText } from '../../src/report/text';
import { renderVerbose } from '../../src/report/verbose';
import { runRules } from '../../src/engine/run';
import { allRules } from '../../rules/index';
import { runCli } from '../helpers/cli';
import { bytesServer, type RawServer } from '../helpers/rawServer';
import { exchangeOf } from '../helpers/exchange';

const chalk = new Chalk({ level: 0 });
// Each hostile sequence as it would be sent (latin1 bytes), and how it must look once escaped.
const HOSTILE: Array<[string, string, string]> = [
  ['CSI clear screen', '\x1b[2J', '\\x1b[2J'],
  ['OSC window title', '\x1b]0;pwned\x07', '\\x1b]0;pwned\\x07'],
  ['OSC 8 hyperlink', '\x1b]8;;http://evil\x1b\\', '\\x1b]8;;http://evil\\x1b\\'],
  ['8-bit CSI (C1)', '\x9b31m', '\\x9b31m'],
  ['UTF-8 encoded C1 CSI', '\xc2\x9b31m', '\\x9b31m'],
  ['RLO bidi override (UTF-8)', '\xe2\x80\xaeevil', '\\u202eevil'],
  ['RLI bidi isolate (UTF-8)', '\xe2\x81\xa7x', '\\u2067x'],
  ['NUL, BEL, backspace, DEL', 'a\x00b\x07c\x08d\x7f', 'a\\x00b\\x07c\\x08d\\x7f'],
  ['carriage return overwrite', 'safe\rEVIL', 'safe\\rEVIL'],
  ['line separator (UTF-8)', 'a\xe2\x80\xa8b', 'a\\u2028b'],
];

/** Nothing a terminal would act on: no C0 but newline/tab, no DEL, no C1, no bidi controls. */
function expectInert(output: string) {
  const withoutNewlines = output.replace(/\n/g, '');
  expect(withoutNewlines.match(UNSAFE)).toBeNull();
}

describe('visible()', () => {
  for (const [name, raw, shown] of HOSTILE) {
    it(`escapes ${name}`, () => {
      expect(visible(raw)).toBe(shown);
    });
  }
  it('keeps readable text (UTF-8 and latin1) as it is', () => {
    expect(visible('caf\xc3\xa9 \t ok')).toBe('café \t ok');
    expect(visible('caf\xe9')).toBe('café');
  });
});

describe('reports of a hostile response', () => {
  for (const [name, raw, shown] of HOSTILE) {
    it(`text and -v escape ${name} in the reason, a header name and value, the body, Location, certificate names and errors`, () => {
      const response =
        `HTTP/1.1 302 Found${raw}\r\n` +
        `X-${raw}: v\r\n` +
        `X-Value: ${raw}\r\n` +
        `Location: /next${raw}\r\n` +
        `Content-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(`{${raw}`, 'latin1')}\r\n\r\n{${raw}`;
      const exchange = exchangeOf({ url: 'https://127.0.0.1/x', response });
      exchange.target.remoteAddress = '127.0.0.1';
      exchange.tls = {
        protocol: 'TLSv1.3', cipher: 'TLS_AES_128_GCM_SHA256', alpn: null, authorized: false,
        authorizationError: `ERR${raw}`,
        certificate: { subject: `CN=evil${raw}`, issuer: `O=${raw}`, validFrom: raw, validTo: raw, subjectAltName: `DNS:${raw}` },
      };
      exchange.error = { code: 'TLS_CERT', message: `the certificate is not valid for 127.0.0.1 (it names DNS:${raw})` };
      const findings = runRules([exchange], allRules, { settings: new Map(), maxBody: 1 << 20 });
      const text = renderText([{ exchanges: [exchange], findings, notEvaluated: [[]] }], { tool: { name: 'httpinspect', version: 'test' }, rules: allRules, chalk, showSecrets: false, width: 400, failOn: 'error' });
      const verbose = renderVerbose(exchange, { chalk, showSecrets: false, maxShown: 4096 });
      expectInert(text);
      expectInert(verbose);
      expect(text).toContain(`302 Found${shown}`);
      expect(verbose).toContain(`< HTTP/1.1 302 Found${shown}`);
      expect(verbose).toContain(`< X-Value: ${shown}`);
      expect(verbose).toContain(`< Location: /next${shown}`);
      expect(verbose).toContain(`certificate subject: CN=evil${shown}`);
      expect(text).toContain(`(it names DNS:${shown})`);
    });
  }
});

describe('through the CLI', () => {
  const servers: RawServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  it('text, -v and the redirect announcements stay inert, with every hostile sequence at once', async () => {
    const all = HOSTILE.map(([, raw]) => raw).join('|');
    const s = await bytesServer(
      `HTTP/1.1 301 ${all}\r\nX-${all}: v\r\nX-Value: ${all}\r\nLocation: http://[${all}\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(all, 'latin1')}\r\n\r\n${all}`,
    );
    servers.push(s);
    const r = await runCli([s.url, '-v', '-L']);
    expect(r.code).toBe(1);
    expectInert(r.stdout);
    expectInert(r.stderr);
    expect(r.stderr).toContain('not following the redirect');
    expect(r.stderr).toContain('\\x1b]0;pwned\\x07');
    expect(r.stdout).toContain('\\x1b[2J');
  });
});
