// inspection-annotate: the command-line twin of the language server. Same analysis, printed as JSON,
// SARIF or a readable report. Unreadable or binary inputs get one line on stderr and exit status 2;
// the other files are still reported.
import { analyzeArticle } from './analysis/analyze';
import { AnalysisOutput, ArticleAnalysis } from './analysis/schema';
import { collectFiles, readArticle } from './cli/files';
import { formatReport } from './cli/report';
import { toSarif } from './cli/sarif';
import { DEFAULT_OPTIONS } from './analysis/options';
import { findWorkspaceConflicts } from './workspace/crossDocument';

const VERSION = '0.1.0';
const USAGE = `Usage: inspection-annotate [--json | --format json|sarif|text] [--no-spelling] PATH...
  PATH  .txt files, or folders searched for .txt files; "-" reads standard input.
  Prints one analysis per file: people, organisations, ratings, dates and diagnostics.`;

export function main(argv: string[]): number {
  let format = 'text';
  let spelling = true;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') format = 'json';
    else if (a === '--format') format = argv[++i] ?? '';
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--no-spelling') spelling = false;
    else if (a === '--help' || a === '-h') return print(USAGE, 0);
    else if (a === '--version') return print(VERSION, 0);
    else if (a.startsWith('--')) return fail(`unknown option ${a}\n${USAGE}`);
    else paths.push(a);
  }
  if (!['json', 'sarif', 'text'].includes(format)) return fail(`unknown format "${format}" (json, sarif or text)`);
  if (!paths.length) return fail(USAGE);

  const { files, errors } = collectFiles(paths.filter((p) => p !== '-'));
  if (paths.includes('-')) files.unshift('-');
  let status = 0;
  for (const e of errors) status = warn(e.file, 'error' in e ? e.error : '');
  const done: { analysis: ArticleAnalysis; text: string }[] = [];
  for (const file of files) {
    const input = readArticle(file);
    if ('error' in input) {
      status = warn(file, input.error);
      continue;
    }
    done.push({ analysis: analyzeArticle(input.text, file, { ...DEFAULT_OPTIONS, spelling }), text: input.text });
  }
  if (done.length > 1) {
    const conflicts = findWorkspaceConflicts(done.map((d) => ({ file: d.analysis.file, text: d.text, analysis: d.analysis })));
    for (const d of done) d.analysis.diagnostics.push(...(conflicts.get(d.analysis.file) ?? []));
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(AnalysisOutput.parse(done.map((d) => d.analysis)), null, 2)}\n`);
  else if (format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(done, VERSION), null, 2)}\n`);
  else process.stdout.write(`${done.map((d) => formatReport(d.analysis, d.text)).join('\n\n')}\n`);
  return status;
}

function print(text: string, code: number): number {
  process.stdout.write(`${text}\n`);
  return code;
}

function fail(message: string): number {
  process.stderr.write(`inspection-annotate: ${message}\n`);
  return 2;
}

function warn(file: string, message: string): number {
  process.stderr.write(`inspection-annotate: ${file}: ${message}\n`);
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
