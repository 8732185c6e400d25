// The httpinspect command line: option parsing, dispatch to subcommands, exit codes.
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json';
import { EXIT, UsageError } from '../options/usage';
import { runInspect, type InspectFlags } from './inspectCommand';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildProgram(): Command {
  const program = new Command();
  program
    .name('httpinspect')
    // Options after a subcommand belong to it (`httpinspect rules --json`), not to the inspect command.
    .enablePositionalOptions()
    .description('Send one HTTP request exactly as asked, record the raw exchange, and report what the server got wrong.')
    .argument('[url...]', 'URL(s) to inspect')
    .option('-X, --request <method>', 'request method (default GET, or POST with a body)')
    .option('-H, --header <header>', 'add a request header "Name: value" (repeatable; "Name:" removes a default)', collect)
    .option('-d, --data <data|@file>', 'request body (@file reads a file, @- stdin); implies POST')
    .option('--json-body <data|@file>', 'JSON request body; sets Content-Type and Accept to application/json; implies POST')
    .option('-u, --user <user:password>', 'HTTP Basic credentials')
    .option('-A, --user-agent <name>', 'User-Agent to send')
    .option('--input <file|->', 'read targets from a file (or stdin): one "URL" or "METHOD URL" per line')
    .option('-j, --jobs <n>', 'inspect this many targets at once (results stay in input order)', '4')
    .option('-c, --config <file>', 'read settings and targets from this file (default: ./httpinspect.config.json if present)')
    .option('--no-config', 'ignore any config file')
    .option('-k, --insecure', 'inspect even when the TLS certificate does not verify')
    .option('--cacert <file>', 'trust this CA certificate (PEM) for TLS')
    .option('--connect-timeout <duration>', 'limit for DNS + TCP connect (e.g. 5, 2s, 500ms)', '10s')
    .option('--tls-timeout <duration>', 'limit for the TLS handshake', '10s')
    .option('--first-byte-timeout <duration>', 'longest wait for the first response byte (default: -m)')
    .option('--idle-timeout <duration>', 'longest silence in the middle of a response (default: -m)')
    .option('-m, --max-time <duration>', 'limit for the whole exchange', '30s')
    .option('--extras-timeout <duration>', 'how long to wait for stray bytes after a complete response', '1s')
    .option('--max-body <size>', 'body bytes kept and checked (e.g. 10MiB)', '10MiB')
    .option('--max-header-size <size>', 'largest response header section accepted', '64KiB')
    .option('--max-total-size <size>', 'stop reading after this many bytes in all (default: no limit)')
    .option('-L, --location', 'follow redirects, inspecting every hop')
    .option('--max-redirs <n>', 'most redirects to follow with -L', '50')
    .option('--origin <origin>', 'send Origin: simulate a browser page at this origin and judge CORS')
    .option('--cors', 'first send the CORS preflight OPTIONS a browser would send (only when it would)')
    .option('--preflight-only', 'send only that preflight OPTIONS, not the request itself')
    .option('--credentials', 'simulate a credentialed browser request (implied by Cookie or Authorization)')
    .option('-v, --verbose', 'show the raw exchange on stderr (> sent, < received, * notes)')
    .option('--json', 'print the report as JSON on stdout (schemaVersion 1); short for -f json')
    .option('-f, --format <format>', 'report format on stdout: text, json, sarif, junit or github')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--report-json <file>', 'also write a JSON report to this file')
    .option('--report-sarif <file>', 'also write a SARIF 2.1.0 report to this file (GitHub code scanning)')
    .option('--report-junit <file>', 'also write a JUnit XML report to this file')
    .option('--save-har <file>', 'also write the captured exchanges as a HAR 1.2 file')
    .option('--probe <names>', 'follow-up probes, announced, GET/HEAD/OPTIONS only: conditional, range, encoding, head, options, reuse or all (comma-separated, repeatable)', collect)
    .option('--clients', 'replay each captured response to real clients (undici, Node fetch, curl) on 127.0.0.1 and report what they do')
    .option('--raw <file|->', 'lint a saved raw response (curl -si --raw, nc) instead of sending a request; -X gives the method')
    .option('--raw-request <file>', 'with --raw: the saved raw request that was answered')
    .option('--har <file>', 'lint every entry of a HAR 1.2 file instead of sending requests')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a finding reaches this severity').choices(['error', 'warning', 'info', 'none']).default('error'))
    .option('--rule <id=level>', 'set a rule to off, info, warning or error (repeatable)', collect)
    .option('--show-secrets', 'show Authorization, Cookie and Set-Cookie values instead of masking them')
    .option('--no-color', 'no colors (also NO_COLOR=1)')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText(
      'after',
      `
Examples:
  $ httpinspect https://api.example.com/users/42 -X DELETE
  $ httpinspect https://api.example.com/items -X POST --json-body '{"name":"x"}'
  $ httpinspect http://127.0.0.1:8080/health --json | jq '.summary'
  $ httpinspect https://example.com -L -v --fail-on warning
  $ httpinspect https://api.example.com/items/1 -X DELETE --origin https://app.example --preflight-only
  $ httpinspect demo                 # inspect every scenario of the built-in lab

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error; 3 nothing could be inspected.`,
    )
    .showSuggestionAfterError(true)
    .action(async (urls: string[], flags: InspectFlags, command: Command) => {
      // Config-file values apply only where the user did not give the option on the command line.
      process.exitCode = await runInspect(urls, flags, (option) => command.getOptionValueSource(option) === 'cli');
    });

  program
    .command('lab')
    .description('run the built-in lab: a local server of misbehaving endpoints on 127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <address>', 'loopback address to listen on', '127.0.0.1')
    .action(async (flags: { port: string; host: string }) => {
      const { runLab } = await import('./labCommand');
      process.exitCode = await runLab(flags);
    });

  program
    .command('demo')
    .description('start the lab on a free loopback port, inspect every scenario, and check each behaves as expected')
    .option('-v, --verbose', 'print every finding of every scenario')
    .option('--no-color', 'no colors')
    .action(async (flags: { verbose?: boolean; color: boolean }) => {
      const { runDemo } = await import('./demoCommand');
      process.exitCode = await runDemo(flags);
    });

  program
    .command('rules')
    .description('list every rule: id, default severity, title, spec reference')
    .option('--json', 'as JSON')
    .option('--markdown', 'as a Markdown table (the README\'s)')
    .action(async (flags: { json?: boolean; markdown?: boolean }) => {
      const { runRulesCommand } = await import('./rulesCommand');
      process.exitCode = runRulesCommand(flags);
    });

  program
    .command('explain')
    .description('explain a status code (e.g. 204, 429, 420) or a rule (e.g. framing/body-on-204): meaning, client behaviour, fixes')
    .argument('<topic>', 'a status code 100–599 or a rule id')
    .option('--json', 'as JSON')
    .option('--no-color', 'no colors')
    .action(async (topic: string, _flags: unknown, command: Command) => {
      // The root program also defines --json and --no-color, so read them together with the globals.
      const { runExplainCommand } = await import('./explainCommand');
      process.exitCode = runExplainCommand(topic, command.optsWithGlobals<{ json?: boolean; color: boolean }>());
    });

  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({
      // Commander's own errors become one line: "httpinspect: <what was wrong> (see httpinspect --help)".
      outputError: (text, write) => write(`httpinspect: ${text.replace(/^error: /, '').replace(/\n+/g, ' ').trim()} (see httpinspect --help)\n`),
    });
  }
  return program;
}

/** Runs the command line (bin/httpinspect.js calls this); importing this module runs nothing. */
export async function main(argv: string[]): Promise<void> {
  // A reader that goes away (`httpinspect … | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version exit 0; every other commander error is a usage error (2), never its default 1.
      process.exitCode = err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? EXIT.ok : EXIT.usage;
      return;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`httpinspect: ${err.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`httpinspect: internal error: ${err instanceof Error ? err.message : String(err)} (please report this)\n`);
    process.exitCode = 70;
  }
}
