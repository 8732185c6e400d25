// Secrets: Authorization, Proxy-Authorization, Cookie and Set-Cookie values and URL userinfo are masked in
// text, -v and JSON (wherever they appear: interim responses, trailers, findings, announcements) unless
// --show-secrets.
import { Chalk } from 'chalk';
import { afterEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/engine/rule';
import { renderJson } from '../../src/report/json';
import { maskHeaderValue, maskUrl, maskUrlsIn, maskerFor } from '../../src/report/secrets';
import { renderText } from '../../src/report/text';
import { renderVerbose } from '../../src/report/verbose';
import { allRules } from '../../rules/index';
import type { ReportContext } from '../../src/report/format';
import { renderGithub, renderGithubSummary } from '../../src/report/github';
import { renderHar } from '../../src/report/har';
import { renderJunit } from '../../src/report/junit';
import { renderSarif } from '../../src/report/sarif';
import { runCli } from '../helpers/cli';
import { exchangeOf } from '../helpers/exchange';
import { rawServer, type RawServer } from '../helpers/rawServer';

const chalk = new Chalk({ level: 0 });
const SECRETS = ['BearerTok3n', 'pr0xyPass', 'cookieVal1', 'interimSid9', 'finalSid77', 'trailerSid5', 'locPassw0rd', 'urlPassw0rd'];

function hostileExchange() {
  const exchange = exchangeOf({
    url: 'http://bob:urlPassw0rd@127.0.0.1:8080/x',
    requestHeaders: [
      ['Authorization', 'Bearer BearerTok3n'],
      ['Proxy-Authorization', 'Basic ' + Buffer.from('p:pr0xyPass').toString('base64')],
      ['Cookie', 'a=cookieVal1; theme=dark'],
    ],
    response:
      'HTTP/1.1 103 Early Hints\r\nSet-Cookie: early=interimSid9\r\n\r\n' +
      'HTTP/1.1 302 Found\r\nSet-Cookie: sid=finalSid77; HttpOnly\r\nLocation: https://eve:locPassw0rd@127.0.0.1/next\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '0\r\nSet-Cookie: late=trailerSid5\r\n\r\n',
  });
  // A rule may quote anything it saw; the masker must catch secrets in free text too.
  const finding: Finding = {
    ruleId: 'headers/duplicate-singleton', severity: 'warning',
    message: 'Set-Cookie carries finalSid77 and Cookie cookieVal1; Authorization Bearer BearerTok3n',
    evidence: 'Set-Cookie: sid=finalSid77; HttpOnly at byte 60',
    location: { part: 'header', offset: 60, header: 'Set-Cookie' },
  };
  exchange.error = { code: 'TIMEOUT_IDLE', message: 'while reading https://eve:locPassw0rd@127.0.0.1/next' };
  return { exchange, findings: [[finding]] };
}

function formatContext(showSecrets: boolean): ReportContext {
  return { tool: { name: 'httpinspect', version: 'test' }, rules: allRules, failOn: 'info', showSecrets };
}

function outputs(showSecrets: boolean): Record<string, string> {
  const { exchange, findings } = hostileExchange();
  const inspections = [{ exchanges: [exchange], findings, notEvaluated: [[]] }];
  return {
    text: renderText(inspections, { ...formatContext(showSecrets), failOn: 'error', chalk, width: 300 }),
    verbose: renderVerbose(exchange, { chalk, showSecrets, maxShown: 4096 }),
    json: renderJson(inspections, formatContext(showSecrets)),
    sarif: renderSarif(inspections, formatContext(showSecrets)),
    junit: renderJunit(inspections, formatContext(showSecrets)),
    github: renderGithub(inspections, formatContext(showSecrets)),
    githubSummary: renderGithubSummary(inspections, formatContext(showSecrets)),
    har: renderHar([exchange], { showSecrets, creator: { name: 'httpinspect', version: 'test' } }),
  };
}

describe('masking in every output', () => {
  it('text, -v, JSON, SARIF, JUnit, GitHub and HAR contain none of the secrets', () => {
    for (const [name, output] of Object.entries(outputs(false))) {
      for (const secret of SECRETS) expect(output, `${name} leaks ${secret}`).not.toContain(secret);
    }
  });

  it('keeps what is useful: the scheme, cookie names, the header names, non-secret values', () => {
    const { verbose, json } = outputs(false);
    expect(verbose).toContain('> Authorization: Bearer ****');
    expect(verbose).toContain('> Cookie: a=****; theme=****');
    expect(verbose).toContain('< Set-Cookie: early=****'); // inside a 103
    expect(verbose).toContain('< Set-Cookie: late=****'); // a trailer
    expect(verbose).toContain('< Location: https://****@127.0.0.1/next');
    const report = JSON.parse(json);
    expect(report.exchanges[0].url).toBe('http://****:****@127.0.0.1:8080/x');
    expect(report.exchanges[0].response.headers).toContainEqual(['Set-Cookie', 'sid=****; HttpOnly']);
    expect(report.exchanges[0].response.trailers).toContainEqual(['Set-Cookie', 'late=****']);
    expect(report.exchanges[0].interim[0].headers).toContainEqual(['Set-Cookie', 'early=****']);
  });

  it('--show-secrets shows them all', () => {
    const { text, verbose, json } = outputs(true);
    for (const secret of ['BearerTok3n', 'finalSid77', 'trailerSid5', 'interimSid9']) expect(verbose).toContain(secret);
    expect(json).toContain('locPassw0rd');
    expect(text).toContain('urlPassw0rd');
  });

  it('helpers: URL userinfo in free text and header values, Basic credentials decoded', () => {
    expect(maskUrlsIn('go to https://u:p@h.example/a and ftp://x@y/')).toBe('go to https://****@h.example/a and ftp://****@y/');
    expect(maskHeaderValue('Location', 'http://a:b@c/')).toBe('http://****@c/');
    expect(maskHeaderValue('Link', '<https://a:b@c/>; rel=next')).toBe('<https://****@c/>; rel=next');
    expect(maskUrl('https://user:pw@h/')).toBe('https://****:****@h/');
    const ex = exchangeOf({ requestHeaders: [['Authorization', `Basic ${Buffer.from('alice:s3cretpw').toString('base64')}`]], response: 'HTTP/1.1 204 No Content\r\n\r\n' });
    expect(maskerFor(ex, false)('the password s3cretpw appears')).toBe('the password **** appears');
    expect(maskerFor(ex, true)('the password s3cretpw appears')).toBe('the password s3cretpw appears');
  });
});

describe('through the CLI', () => {
  const servers: RawServer[] = [];
  afterEach(async () => {
    for (const s of servers.splice(0)) await s.close();
  });

  it('URL userinfo, -u, Cookie and Set-Cookie never reach stdout or stderr, in text, -v and --json, across a -L hop', async () => {
    const target = await rawServer((socket) => socket.end('HTTP/1.1 204 No Content\r\nSet-Cookie: sid=srvS3cret; Secure\r\n\r\n'));
    servers.push(target);
    const origin = await rawServer((socket) =>
      socket.end(`HTTP/1.1 302 Found\r\nLocation: http://mallory:locS3cret@127.0.0.1:${target.port}/next\r\nSet-Cookie: a=firstS3cret\r\nContent-Length: 0\r\n\r\n`),
    );
    servers.push(origin);
    const url = origin.url.replace('http://', 'http://alice:urlS3cret@');
    const secrets = ['urlS3cret', 'locS3cret', 'srvS3cret', 'firstS3cret', 'cookieS3cret', Buffer.from('alice:urlS3cret').toString('base64')];
    for (const extra of [[], ['-v'], ['--json'], ['-v', '--json']]) {
      const r = await runCli([url, '-L', '-H', 'Cookie: c=cookieS3cret', ...extra]);
      expect(r.code, r.stderr).not.toBe(2);
      for (const secret of secrets) expect(r.stdout + r.stderr, `${extra.join(' ')} leaks ${secret}`).not.toContain(secret);
    }
    expect(origin.requests[0]).toContain(`Authorization: Basic ${Buffer.from('alice:urlS3cret').toString('base64')}`);
    const shown = await runCli([url, '-L', '-v', '--show-secrets']);
    expect(shown.stderr).toContain('locS3cret');
    expect(shown.stderr).toContain('srvS3cret');
  });
});
