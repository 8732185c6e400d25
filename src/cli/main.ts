// The httpinspect command line: option parsing, dispatch to subcommands, exit codes.
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json';
import { EXIT, UsageError } from '../options/usage';
import { runInspect } from './inspectCommand';
import { addInspectOptions, addTableOptions, commandLineValues } from './program';
import { PROXY_OPTION_KEYS } from './proxyKeys';

function buildProgram(): Command {
  const program = new Command();
  program
    .name('httpinspect')
    // Options after a subcommand belong to it (`httpinspect rules --json`), not to the inspect command.
    .enablePositionalOptions()
    .description('Send one HTTP request exactly as asked, record the raw exchange, and report what the server got wrong.')
    .argument('[url...]', 'URL(s) to inspect')
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
  $ httpinspect https://example.com --http2 -v   # over HTTP/2 (ALPN), one line per frame
  $ httpinspect demo                 # inspect every scenario of the built-in lab

Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error; 3 nothing could be inspected.`,
    )
    .showSuggestionAfterError(true)
    .action(async (urls: string[], _flags: unknown, command: Command) => {
      process.exitCode = await runInspect(urls, commandLineValues(command));
    });
  addInspectOptions(program);

  program
    .command('lab')
    .description('run the built-in lab: a local server of misbehaving endpoints on 127.0.0.1')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '8080')
    .option('--host <address>', 'loopback address to listen on', '127.0.0.1')
    .option('--h2c-port <n>', 'port for HTTP/2 with prior knowledge (default: --port + 1)')
    .option('--tls', 'also serve HTTPS with ALPN h2/http/1.1 (a lab-only test certificate)')
    .option('--tls-port <n>', 'port for --tls (default: --port + 2)')
    .action(async (flags: { port: string; host: string; h2cPort?: string; tls?: boolean; tlsPort?: string }) => {
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

  const proxy = program
    .command('proxy')
    .description('lint the traffic that passes: a reverse proxy to --upstream, or a forward proxy for http:// (HTTP_PROXY); with "-- <command>", run it through the proxy and report when it exits')
    .argument('[command...]', 'a command to run with HTTPINSPECT_PROXY_URL (and, forward, HTTP_PROXY) set to the proxy')
    .option('--upstream <url>', 'reverse proxy: forward every request to this http(s) origin (without it: a forward proxy)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', '0')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action(async (command: string[], _flags: unknown, cmd: Command) => {
      const { runProxy } = await import('./proxyCommand');
      process.exitCode = await runProxy(command, cmd.opts<{ upstream?: string; port: string; host: string }>(), commandLineValues(cmd, PROXY_OPTION_KEYS));
    });
  addTableOptions(proxy, PROXY_OPTION_KEYS);

  program
    .command('merge')
    .description('combine the JSON reports of --shard runs into one report, and exit as one run would')
    .argument('<report.json...>', 'JSON reports (-f json, --report-json) to combine')
    .option('-f, --format <format>', 'report format on stdout: text, json, ndjson, sarif, junit, github (default: json)')
    .option('-o, --output-file <file>', 'write the report to this file instead of stdout')
    .option('--fail-on <level>', 'exit 1 when a finding reaches this severity: error, warning, info, none (default: error)')
    .option('--no-color', 'no colors')
    .action(async (files: string[], _flags: unknown, cmd: Command) => {
      const { runMerge } = await import('./mergeCommand');
      process.exitCode = await runMerge(files, cmd.opts<{ format?: string; outputFile?: string; failOn?: string; color: boolean }>());
    });

  program
    .command('rules')
    .description('list every rule: id, default severity, profiles (--profile), title, spec reference')
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
