// Every option of the inspect command, declared once: its flags, config-file key, default, kind (which parser
// turns the text into a typed value), help text and help group. The commander program (src/cli/program.ts),
// the config file's keys and validation (src/config/validate.ts), the resolved run options (./resolve.ts) and
// the README's option table (`npm run docs`) are all generated from this table.

/** How a value is written and what it becomes once parsed. */
export type OptionKind = 'string' | 'boolean' | 'duration' | 'size' | 'count' | 'list' | 'choice' | 'level';

export const HELP_GROUPS = [
  'Request',
  'Targets and config',
  'TLS',
  'Timeouts and limits',
  'HTTP version',
  'Redirects',
  'Browser (CORS)',
  'Reports',
  'Offline input',
  'Rules and exit code',
] as const;
export type HelpGroup = (typeof HELP_GROUPS)[number];

export interface OptionSpec {
  /** The run option's name (camelCase of the long flag, as commander names it). */
  readonly key: string;
  /** Commander flags: "-m, --max-time <duration>". */
  readonly flags: string;
  readonly help: string;
  /** The README's longer description, when the one-line help leaves out what a user must know. */
  readonly doc?: string;
  readonly group: HelpGroup;
  readonly kind: OptionKind;
  /** The default in the CLI's own syntax; absent: no default (undefined). */
  readonly default?: string | boolean;
  /** How --help and the README describe a default that is not a literal value (e.g. "the value of -m"). */
  readonly defaultText?: string;
  readonly choices?: readonly string[];
  /** Where the config file may set it: "request.maxTime", "failOn"; absent: command line only. */
  readonly config?: string;
  /** Config `overrides` may set it per URL glob. */
  readonly perUrl?: boolean;
}

export const OPTIONS = [
  // Request
  { key: 'request', flags: '-X, --request <method>', kind: 'string', group: 'Request', doc: 'request method (default GET; POST when a body is given)', help: 'request method (default GET, or POST with a body)' },
  { key: 'header', flags: '-H, --header <header>', kind: 'list', group: 'Request', doc: 'add a header, repeatable; sent with your case and order. `-H \'Accept:\'` removes a default', help: 'add a request header "Name: value" (repeatable; "Name:" removes a default)' },
  { key: 'data', flags: '-d, --data <data|@file>', kind: 'string', group: 'Request', doc: 'request body (Content-Type defaults to `application/x-www-form-urlencoded`)', help: 'request body (@file reads a file, @- stdin); implies POST' },
  { key: 'jsonBody', flags: '--json-body <data|@file>', kind: 'string', group: 'Request', doc: 'JSON request body: `Content-Type` and `Accept` become `application/json` (named so it does not collide with `--json`)', help: 'JSON request body; sets Content-Type and Accept to application/json; implies POST' },
  { key: 'user', flags: '-u, --user <user:password>', kind: 'string', group: 'Request', doc: 'HTTP Basic credentials (also taken from `https://user:pass@host/`)', help: 'HTTP Basic credentials' },
  { key: 'userAgent', flags: '-A, --user-agent <name>', kind: 'string', group: 'Request', config: 'request.userAgent', doc: 'User-Agent (default `httpinspect/<version>`)', help: 'User-Agent to send' },
  // Targets and config
  { key: 'input', flags: '--input <file|->', kind: 'string', group: 'Targets and config', doc: 'targets from a file or stdin: one `URL` or `METHOD URL` per line (`#` comments); request options apply to every line', help: 'read targets from a file (or stdin): one "URL" or "METHOD URL" per line' },
  { key: 'shard', flags: '--shard <i/n>', kind: 'string', group: 'Targets and config', doc: 'inspect only the targets at 0-based positions k with k mod n = i−1, for CI matrix jobs; `httpinspect merge` combines the shards\' JSON reports ([below](#many-targets-ndjson-baselines-shards))', help: 'inspect only targets k (0-based, in input order) with k mod n = i-1, for CI matrix jobs (see `httpinspect merge`)' },
  { key: 'jobs', flags: '-j, --jobs <n>', kind: 'count', group: 'Targets and config', default: '4', doc: 'inspect this many targets at once (default 4); results are always reported in input order; a progress bar shows on a terminal', help: 'inspect this many targets at once (results stay in input order)' },
  { key: 'config', flags: '-c, --config <file>', kind: 'string', group: 'Targets and config', defaultText: './httpinspect.config.json if present', doc: 'settings and targets from a config file (default `./httpinspect.config.json` when present; [below](#config-file-httpinspectconfigjson))', help: 'read settings and targets from this file' },
  { key: 'noConfig', flags: '--no-config', kind: 'boolean', group: 'Targets and config', help: 'ignore any config file' },
  // TLS
  { key: 'insecure', flags: '-k, --insecure', kind: 'boolean', group: 'TLS', config: 'request.insecure', default: false, doc: 'inspect even when the certificate does not verify (the TLS facts still say why)', help: 'inspect even when the TLS certificate does not verify' },
  { key: 'cacert', flags: '--cacert <file>', kind: 'string', group: 'TLS', doc: 'trust this CA (PEM)', help: 'trust this CA certificate (PEM) for TLS' },
  // Timeouts and limits
  { key: 'connectTimeout', flags: '--connect-timeout <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.connectTimeout', default: '10s', doc: 'DNS + TCP connect limit (default 10s); durations: `5`, `2s`, `500ms`', help: 'limit for DNS + TCP connect (e.g. 5, 2s, 500ms)' },
  { key: 'tlsTimeout', flags: '--tls-timeout <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.tlsTimeout', default: '10s', doc: 'TLS handshake limit (default 10s)', help: 'limit for the TLS handshake' },
  { key: 'firstByteTimeout', flags: '--first-byte-timeout <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.firstByteTimeout', defaultText: 'the value of -m', doc: 'longest wait for the first response byte after the request is sent (default: `-m`)', help: 'longest wait for the first response byte' },
  { key: 'idleTimeout', flags: '--idle-timeout <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.idleTimeout', defaultText: 'the value of -m', doc: 'longest silence between two bytes in the middle of a response (default: `-m`)', help: 'longest silence in the middle of a response' },
  { key: 'maxTime', flags: '-m, --max-time <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.maxTime', default: '30s', doc: 'limit for the whole exchange (default 30s)', help: 'limit for the whole exchange' },
  { key: 'extrasTimeout', flags: '--extras-timeout <duration>', kind: 'duration', group: 'Timeouts and limits', config: 'request.extrasTimeout', default: '1s', doc: 'how long to wait for EOF after a complete response, catching stray bytes (default 1s)', help: 'how long to wait for stray bytes after a complete response' },
  { key: 'maxBody', flags: '--max-body <size>', kind: 'size', group: 'Timeouts and limits', config: 'request.maxBody', default: '10MiB', doc: 'body bytes kept and checked, e.g. `10MiB` (default); beyond, bytes are counted but not kept', help: 'body bytes kept and checked, also in --save-har (e.g. 10MiB)' },
  { key: 'maxHeaderSize', flags: '--max-header-size <size>', kind: 'size', group: 'Timeouts and limits', config: 'request.maxHeaderSize', default: '64KiB', doc: 'largest response header section accepted (default 64KiB); beyond, reading stops', help: 'largest response header section accepted' },
  { key: 'maxTotalSize', flags: '--max-total-size <size>', kind: 'size', group: 'Timeouts and limits', config: 'request.maxTotalSize', defaultText: 'no limit', doc: 'stop reading after this many bytes in all (default: no limit; `-m` bounds an endless body)', help: 'stop reading after this many bytes in all' },
  // HTTP version
  { key: 'http2', flags: '--http2', kind: 'boolean', group: 'HTTP version', default: false, doc: 'offer ALPN `h2, http/1.1` on https and inspect over HTTP/2 when the server picks it (HTTP/1.1 otherwise, reported as `http2/not-negotiated`); an `http://` URL is inspected over HTTP/1.1 ([HTTP/2](#http2---http2---http2-prior-knowledge---compare-protocols))', help: 'offer HTTP/2 by ALPN (h2, http/1.1) on https and inspect over h2 when the server picks it' },
  { key: 'http2PriorKnowledge', flags: '--http2-prior-knowledge', kind: 'boolean', group: 'HTTP version', default: false, doc: 'speak HTTP/2 at once on `http://` URLs (h2c)', help: 'speak HTTP/2 (h2c) at once on http:// URLs' },
  { key: 'http1.1', flags: '--http1.1', kind: 'boolean', group: 'HTTP version', default: false, doc: 'inspect over HTTP/1.1 (the default)', help: 'inspect over HTTP/1.1 (the default)' },
  { key: 'protocol', flags: '--protocol <protocol>', kind: 'choice', group: 'HTTP version', choices: ['http/1.1', 'h2', 'h2c'], defaultText: 'http/1.1', config: 'request.protocol', perUrl: true, doc: 'the same choice as a value: `http/1.1`, `h2` (`--http2`) or `h2c` (`--http2-prior-knowledge`); the config file sets it as `request.protocol` or per URL in `overrides`', help: 'http/1.1, h2 (as --http2) or h2c (as --http2-prior-knowledge)' },
  { key: 'compareProtocols', flags: '--compare-protocols', kind: 'boolean', group: 'HTTP version', default: false, doc: 'send the request over HTTP/1.1 and over HTTP/2 (ALPN on https, prior knowledge on http) and report differences as `http2/protocol-mismatch`; GET, HEAD and OPTIONS only', help: 'send the request over HTTP/1.1 and over HTTP/2 and report differences (GET, HEAD, OPTIONS only)' },
  // Redirects
  { key: 'location', flags: '-L, --location', kind: 'boolean', group: 'Redirects', config: 'request.location', default: false, doc: 'follow redirects (default at most 50), inspecting every hop; 301/302 turn POST into GET and 303 turns everything but HEAD into GET (RFC 9110 §15.4); `Authorization` and `Cookie` are not sent to another origin; loops stop', help: 'follow redirects, inspecting every hop' },
  { key: 'maxRedirs', flags: '--max-redirs <n>', kind: 'count', group: 'Redirects', config: 'request.maxRedirs', default: '50', help: 'most redirects to follow with -L' },
  // Browser (CORS)
  { key: 'origin', flags: '--origin <origin>', kind: 'string', group: 'Browser (CORS)', doc: 'send `Origin: <origin>` and judge the request as a browser page at that origin would ([CORS](#cors-as-a-browser-sees-it---origin---cors)); `-H \'Origin: …\'` counts the same', help: 'send Origin: simulate a browser page at this origin and judge CORS' },
  { key: 'cors', flags: '--cors', kind: 'boolean', group: 'Browser (CORS)', default: false, doc: 'first send the CORS preflight `OPTIONS` a browser would send, only when it would; if it fails, the request itself is not sent', help: 'first send the CORS preflight OPTIONS a browser would send (only when it would)' },
  { key: 'preflightOnly', flags: '--preflight-only', kind: 'boolean', group: 'Browser (CORS)', default: false, doc: 'send only that preflight, so an unsafe endpoint is checked without running it', help: 'send only that preflight OPTIONS, not the request itself' },
  { key: 'credentials', flags: '--credentials', kind: 'boolean', group: 'Browser (CORS)', default: false, doc: 'simulate a credentialed request (fetch\'s `credentials: \'include\'`); only this option makes it credentialed, not a `Cookie` or `Authorization` header', help: 'simulate a credentialed browser request (fetch credentials: "include")' },
  // Reports
  { key: 'verbose', flags: '-v, --verbose', kind: 'level', group: 'Reports', default: '0', defaultText: 'off', doc: 'the raw exchange on stderr: `* ` connection and TLS facts, `> ` bytes sent, `< ` bytes received; a line ending in a bare LF is marked `␊`, control characters are shown escaped. On HTTP/2 one nghttp-style line per frame, then the decoded fields; `-vv` adds how each field was encoded', help: 'show the raw exchange on stderr (> sent, < received, * notes); -vv: HTTP/2 field encodings' },
  { key: 'json', flags: '--json', kind: 'boolean', group: 'Reports', default: false, doc: 'the report as JSON on stdout (below), nothing else on stdout', help: 'print the report as JSON on stdout (schemaVersion 1); short for -f json' },
  { key: 'format', flags: '-f, --format <format>', kind: 'choice', group: 'Reports', choices: ['text', 'json', 'ndjson', 'sarif', 'junit', 'github'], defaultText: 'text', doc: 'the report format on stdout (default `text`; `--json` is short for `-f json`; [`ndjson`](#many-targets-ndjson-baselines-shards) writes one line per exchange as it finishes)', help: 'report format on stdout (ndjson: one JSON line per exchange as it finishes, then a summary line)' },
  { key: 'outputFile', flags: '-o, --output-file <file>', kind: 'string', group: 'Reports', doc: 'write that report to a file instead of stdout', help: 'write the report to this file instead of stdout' },
  { key: 'reportJson', flags: '--report-json <file>', kind: 'string', group: 'Reports', doc: 'also write these reports, any combination, in the same run', help: 'also write a JSON report to this file' },
  { key: 'reportSarif', flags: '--report-sarif <file>', kind: 'string', group: 'Reports', help: 'also write a SARIF 2.1.0 report to this file (GitHub code scanning)' },
  { key: 'reportJunit', flags: '--report-junit <file>', kind: 'string', group: 'Reports', help: 'also write a JUnit XML report to this file' },
  { key: 'saveHar', flags: '--save-har <file>', kind: 'string', group: 'Reports', doc: 'also write the captured exchanges as HAR 1.2 (credentials masked unless `--show-secrets`)', help: 'also write the captured exchanges as a HAR 1.2 file' },
  { key: 'probe', flags: '--probe <names>', kind: 'list', group: 'Request', config: 'probe', perUrl: true, doc: 'after the request, send safe follow-up probes — `conditional`, `range`, `encoding`, `head`, `options`, `reuse` or `all` (comma-separated, repeatable; GET/HEAD/OPTIONS only, each announced; [below](#follow-up-probes---probe)); replaces the config file\'s `probe`', help: 'follow-up probes, announced, GET/HEAD/OPTIONS only: conditional, range, encoding, head, options, reuse or all (comma-separated, repeatable)' },
  { key: 'clients', flags: '--clients', kind: 'boolean', group: 'Reports', default: false, doc: 'also replay each captured response to real clients on 127.0.0.1 and report what each did ([below](#how-real-clients-react---clients))', help: 'replay each captured response to real clients (undici, Node fetch, curl) on 127.0.0.1 and report what they do' },
  { key: 'showSecrets', flags: '--show-secrets', kind: 'boolean', group: 'Reports', default: false, doc: 'show `Authorization`, `Proxy-Authorization`, `Cookie` and `Set-Cookie` values (masked by default in every output)', help: 'show Authorization, Cookie and Set-Cookie values instead of masking them' },
  { key: 'record', flags: '--record <file.jsonl>', kind: 'string', group: 'Reports', doc: 'also write every exchange with its exact bytes, one JSON line each, secrets masked in place ([below](#record-and-replay---record---replay))', help: 'also write every exchange, bytes included, as one JSON line each (replay it with --replay)' },
  { key: 'writeBaseline', flags: '--write-baseline <file>', kind: 'string', group: 'Reports', doc: 'also write a JSON report (always masked) to use as `--baseline` later; the exit code is as without it', help: 'also write a JSON report to use as --baseline later (the exit code is as without it)' },
  { key: 'noColor', flags: '--no-color', kind: 'boolean', group: 'Reports', doc: 'no colors; `NO_COLOR=1` does the same and `FORCE_COLOR=1` forces them', help: 'no colors (also NO_COLOR=1)' },
  // Offline input
  { key: 'raw', flags: '--raw <file|->', kind: 'string', group: 'Offline input', doc: 'lint a saved raw response instead of sending anything; `-X` gives the method ([below](#offline-input---raw---har-and-har-export---save-har))', help: 'lint a saved raw response (curl -si --raw, nc) instead of sending a request; -X gives the method' },
  { key: 'rawRequest', flags: '--raw-request <file>', kind: 'string', group: 'Offline input', help: 'with --raw: the saved raw request that was answered' },
  { key: 'replay', flags: '--replay <file.jsonl>', kind: 'string', group: 'Offline input', doc: 'judge the exchanges of a `--record` file again, with today\'s rules and settings: same rule ids, same byte offsets', help: 'judge the exchanges of a --record file again, with today\'s rules and settings' },
  { key: 'har', flags: '--har <file>', kind: 'string', group: 'Offline input', doc: 'lint every entry of a HAR 1.2 file; rules a HAR cannot support are reported as not evaluated', help: 'lint every entry of a HAR 1.2 file instead of sending requests' },
  // Rules and exit code
  { key: 'failOn', flags: '--fail-on <level>', kind: 'choice', group: 'Rules and exit code', choices: ['error', 'warning', 'info', 'none'], default: 'error', config: 'failOn', doc: 'the severity that makes the exit code 1 (default `error`)', help: 'exit 1 when a finding reaches this severity' },
  { key: 'profile', flags: '--profile <name>', kind: 'choice', group: 'Rules and exit code', choices: ['recommended', 'strict', 'minimal'], default: 'recommended', config: 'profile', doc: 'which rules run: `recommended` (default: every rule at its own severity), `strict` (advice raised to warnings) or `minimal` (only rules whose default severity is error); `--rule` and the config\'s `rules` win over it', help: 'rule profile: recommended, strict (advice as warnings) or minimal (error rules only)' },
  { key: 'baseline', flags: '--baseline <report.json>', kind: 'string', group: 'Rules and exit code', doc: 'findings already in this JSON report (e.g. from `--write-baseline`) are shown as known and do not fail the run', help: 'findings already in this JSON report are shown as known and do not fail the run' },
  { key: 'rule', flags: '--rule <id=level>', kind: 'list', group: 'Rules and exit code', doc: 'change a rule\'s severity or turn it off, repeatable', help: 'set a rule to off, info, warning or error (repeatable)' },
] as const satisfies readonly OptionSpec[];

export type OptionKey = (typeof OPTIONS)[number]['key'];

interface KindValues {
  string: string;
  boolean: boolean;
  duration: number;
  size: number;
  count: number;
  list: string[];
  choice: string;
  /** How many times the flag was given (-vv: 2). */
  level: number;
}

type ValueOf<O> = O extends { kind: infer K extends OptionKind; default: unknown } ? KindValues[K] : O extends { kind: infer K extends OptionKind } ? KindValues[K] | undefined : never;

/** The typed options of one run (or one target of it): durations in ms, sizes in bytes, counts as numbers. */
export type RunOptions = { [O in (typeof OPTIONS)[number] as O['key']]: ValueOf<O> };

export function optionSpec(key: OptionKey): OptionSpec {
  return OPTIONS.find((o) => o.key === key)!;
}

/** "-m/--max-time" or "--max-body": how errors name an option given on the command line. */
export function flagNamesOf(spec: OptionSpec): string {
  const names = spec.flags.split(/[ ,]+/).filter((part) => part.startsWith('-'));
  return names.length > 0 ? names.join('/') : spec.key;
}
