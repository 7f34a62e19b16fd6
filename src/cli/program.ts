import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { calendarDate } from '../ingest/dates.js';
import { DEFAULT_MAX_BYTES, formatIssue, ingest, issueReason, type IngestIssue } from '../ingest/index.js';
import type { Doc } from '../doc/index.js';
import { eventRecord, eventRow, TSV_COLUMNS } from '../events/index.js';
import { analysisRecord } from '../language/index.js';
import { buildPipeline, SetupError } from './pipeline.js';
import { write, type CliIo } from './io.js';
import { createProgress } from './progress.js';
import { documentRecord } from './records.js';

/** Exit codes: every input read, some rejected, or the command line itself was wrong. */
export const EXIT = { ok: 0, rejected: 1, usage: 2 } as const;

/** A mistake on the command line: one line on stderr and exit code 2. */
class UsageError extends Error {}

interface InputOptions {
  dict?: string[];
  defaultDict?: boolean;
  future?: 'intent' | 'act';
  target?: 'optional' | 'required';
  engine?: 'chronicle' | 'tabari';
  targetModel?: boolean;
  date?: string;
  fetch: boolean;
  maxSize: number;
  out?: string;
  quiet: boolean;
  format: 'jsonl' | 'tsv';
}

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? calendarDate(+m[1]!, +m[2]!, +m[3]!) : null;
  if (!date) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}".`);
  return date;
}

function parseMegabytes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a size in MB greater than 0, got "${value}".`);
  return Math.round(n * 1024 * 1024);
}

function inputCommand(program: Command, name: string, summary: string, formats: string[]): Command {
  return program
    .command(name)
    .summary(summary)
    .argument('[inputs...]', 'files, directories, feeds, URLs (with --fetch), or - for stdin')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that give none', parseDate)
    .addOption(new Option('--format <format>', 'output format').choices(formats).default('jsonl'))
    .option('-o, --out <file>', 'write records to this file instead of stdout')
    .option('--fetch', 'allow http(s) URLs among the inputs and download them', false)
    .option('--max-size <MB>', 'largest file, download or JSONL line to read', parseMegabytes, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'no progress bar and no summary; rejected inputs are still reported', false);
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function withDictionaries(command: Command): Command {
  return command
    .option('--dict <file>', 'add a dictionary (Chronicle, TABARI or PETRARCH format, detected); repeatable', collect)
    .option('--no-default-dict', 'use only the dictionaries given with --dict');
}

const EXAMPLES = `
Examples:
  $ chronicle code examples/                      code every story under examples/ (JSONL on stdout)
  $ chronicle code story.txt --date 2003-06-07    give a date to a story that has none
  $ chronicle code wire/ --format tsv -o out.tsv  Phoenix-style TSV to a file
  $ chronicle code wire/ --dict my.verbs.txt      add your own dictionary to the defaults
  $ chronicle code wire/ --engine tabari --no-default-dict --dict p.actors --dict p.verbs --dict p.options
                                                  code with a TABARI project's dictionaries, as TABARI would
  $ chronicle ingest feed.rss page.html batch.jsonl
  $ curl -s https://example.org/feed.rss | chronicle ingest -
  $ chronicle ingest --fetch https://example.org/world.rss`;

/** Builds the `chronicle` command line. Commands report their exit code through `setExit`. */
export function buildProgram(io: CliIo, setExit: (code: number) => void): Command {
  const program = new Command('chronicle')
    .description('Turns news into sourced event data: who did what to whom, when and where, and who said what.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES);

  inputCommand(program, 'ingest', 'read news inputs and write one document record per story', ['jsonl'])
    .description('Read news inputs (text, HTML pages, JSONL, RSS/Atom feeds, PETRARCH XML, directories) and write document records as JSONL.')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: InputOptions) => setExit(await runInputs('ingest', inputs, opts, io)));

  withDictionaries(inputCommand(program, 'analyze', 'show the language layer: sentences, tokens, phrases, names, links and times', ['jsonl']))
    .description('Analyse news inputs and write, per document, its sentences, tokens, phrases, clauses, names, same-actor links and normalised times as JSONL. For debugging the coder.')
    .addHelpText('after', `
Example:
  $ chronicle analyze story.txt --date 2003-06-07 | jq '.times'`)
    .action(async (inputs: string[], opts: InputOptions) => setExit(await runInputs('analyze', inputs, opts, io)));

  withDictionaries(inputCommand(program, 'code', 'code events from news inputs (the main job)', ['jsonl', 'tsv']))
    .addOption(new Option('--future <how>', 'code a future act as an intent or threat (CAMEO 03x/13x), or as the act itself (TABARI/PETRARCH)').choices(['intent', 'act']).default('intent'))
    .addOption(new Option('--target <rule>', 'code events with no named target (PLOVER, GDELT), or only events with one (TABARI/PETRARCH)').choices(['optional', 'required']).default('optional'))
    .addOption(new Option('--engine <name>', "Chronicle's coder, or the TABARI engine, which codes a TABARI project's dictionaries as TABARI reads them").choices(['chronicle', 'tabari']).default('chronicle'))
    .option('--no-target-model', "leave each event's target as the rules chose it, without the learnt target model's second opinion (dictionaries/targets.tsv; Chronicle's coder with the default dictionaries and settings only)")
    .description('Code events from news inputs. JSONL output has a document record per story followed by its event records; TSV has one row per event, in Phoenix column order.')
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: InputOptions) => setExit(await runInputs('code', inputs, opts, io)));

  return program;
}

/**
 * Runs the CLI on `argv` (without "node" and the script) and resolves to the exit code.
 * Never throws for a user's mistake.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exit: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exit = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`${err.message.split('\n').map((l) => `error: ${l}`).join('\n')}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

async function openOutput(path: string | undefined, io: CliIo): Promise<Writable> {
  if (!path) return io.stdout;
  const stream = createWriteStream(path);
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (err: NodeJS.ErrnoException) =>
      reject(new UsageError(`cannot write to ${path} (${err.code === 'ENOENT' ? 'no such directory' : err.code ?? err.message})`)),
    );
  });
  return stream;
}

async function runInputs(command: 'ingest' | 'analyze' | 'code', inputs: string[], opts: InputOptions, io: CliIo): Promise<number> {
  if (inputs.length === 0) {
    if (io.stdin.isTTY) throw new UsageError('no inputs: name files, directories or URLs, or - to read stdin');
    inputs = ['-'];
  }
  let pipeline: ((doc: Doc) => Doc) | null = null;
  if (command !== 'ingest') {
    try {
      pipeline = await buildPipeline({ dicts: opts.dict ?? [], defaults: opts.defaultDict !== false, code: command === 'code', futureIsIntent: opts.future !== 'act', requireTarget: opts.target === 'required', engine: opts.engine ?? 'chronicle', targetModel: opts.targetModel === false ? false : undefined, io });
    } catch (err) {
      if (err instanceof SetupError) throw new UsageError(err.message);
      throw err;
    }
  }
  const out = await openOutput(opts.out, io);
  const issues: IngestIssue[] = [];
  let docs = 0;
  let skipped = 0;
  let progress = createProgress(io, { files: 0, bytes: 0 }, true);
  if (command === 'code' && opts.format === 'tsv') await write(out, `${TSV_COLUMNS.join('\t')}\n`);
  for await (const event of ingest(inputs, { defaultDate: opts.date ?? null, maxBytes: opts.maxSize, fetch: opts.fetch, stdin: io.stdin })) {
    switch (event.type) {
      case 'plan':
        progress = createProgress(io, event, opts.quiet);
        break;
      case 'doc': {
        docs++;
        // Event records follow each document; TSV has rows only for events. A document the
        // pipeline fails on is reported and skipped, so one bad document loses no others.
        let lines: string;
        try {
          lines = render(command, opts.format, event.doc, pipeline);
        } catch (err) {
          const issue: IngestIssue = { code: 'processing_failed', file: event.doc.source ?? event.doc.id, reason: err instanceof Error ? err.message : String(err) };
          issues.push(issue);
          progress.log(`error: ${formatIssue(issue)}`);
          break;
        }
        await write(out, lines);
        break;
      }
      case 'issue':
        issues.push(event.issue);
        progress.log(`error: ${formatIssue(event.issue)}`);
        break;
      case 'skip':
        skipped++;
        break;
      case 'progress':
        progress.update(event.bytes, docs);
        break;
    }
  }
  progress.stop();
  if (out !== io.stdout) await new Promise<void>((resolve) => out.end(resolve));
  if (!opts.quiet) io.stderr.write(`${summary(docs, issues, skipped)}\n`);
  return issues.length > 0 ? EXIT.rejected : EXIT.ok;
}

/** The output lines for one document. */
function render(command: 'ingest' | 'analyze' | 'code', format: 'jsonl' | 'tsv', doc: Doc, pipeline: ((doc: Doc) => Doc) | null): string {
  if (command === 'ingest' || pipeline === null) return `${JSON.stringify(documentRecord(doc))}\n`;
  const done = pipeline(doc);
  if (command === 'analyze') return `${JSON.stringify(analysisRecord(done))}\n`;
  const events = done.layers.events ?? [];
  if (format === 'tsv') return events.map((e) => `${eventRow(done, e)}\n`).join('');
  return [documentRecord(doc), ...events.map((e) => eventRecord(done, e))].map((r) => `${JSON.stringify(r)}\n`).join('');
}

/** "48 documents read, 2 inputs rejected (1 invalid JSON, 1 empty), 2 files skipped (unknown type)". */
export function summary(docs: number, issues: readonly IngestIssue[], skipped: number): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let line = `${plural(docs, 'document')} read, ${plural(issues.length, 'input')} rejected`;
  if (issues.length > 0) {
    const counts = new Map<string, number>();
    for (const issue of issues) counts.set(issueReason(issue), (counts.get(issueReason(issue)) ?? 0) + 1);
    line += ` (${[...counts].map(([reason, n]) => `${n} ${reason}`).join(', ')})`;
  }
  if (skipped > 0) line += `, ${plural(skipped, 'file')} skipped (unknown type)`;
  return line;
}
