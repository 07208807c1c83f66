// `npm run bench`: builds the corpus, times the analysis in-process and the server over stdio,
// prints the figures beside the targets and writes bench/results.json.
// Options: --no-server (in-process figures only), --no-build (use dist/server.js as it is),
// --no-profile, --articles=N (workspace size).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { Baseline, timeBaselines } from './baselines';
import { buildLargeDocument, CORPUS, MB, ROOT, writeWorkspace } from './corpus';
import { hotFunctions, HotFunction } from './profile';
import { buildServerBundle, LargeDocResults, measureLargeDocument, measureWorkspace, SERVER, timeStartup, WorkspaceResults } from './server';
import { prepareText } from '../server/src/analysis/text';
import { median, timeIncremental, timeStages } from './stages';
import { formatReport, Target } from './report';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const articles = Number(args.find((a) => a.startsWith('--articles='))?.split('=')[1] ?? 2000);
const log = (s: string) => process.stderr.write(`${s}\n`);

async function main(): Promise<void> {
  const started = performance.now();
  fs.mkdirSync(CORPUS, { recursive: true });
  const text = buildLargeDocument();
  fs.writeFileSync(path.join(CORPUS, 'large.txt'), text);
  const bytes = Buffer.byteLength(text, 'utf8');
  const mb = bytes / MB;
  const prepared = prepareText(text);
  const boilerplate = prepared.lines.reduce((s, l) => s + (l.boilerplate ? l.end - l.start : 0), 0) / text.length;
  const workspaceDir = path.join(CORPUS, 'workspace');
  const files = writeWorkspace(workspaceDir, articles);
  log(`corpus: ${mb.toFixed(2)} MB document (${(boilerplate * 100).toFixed(1)}% of it marked boilerplate), ${files.length} articles in ${path.relative(ROOT, workspaceDir)}`);

  log('timing analysis stages ...');
  const stages = await timeStages(text);
  const baselines = timeBaselines(text);
  const analysis = analyzeArticle(text, 'bench.txt');

  log('analysing the workspace articles one by one ...');
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  const perArticle: number[] = [];
  const w0 = performance.now();
  for (const t of texts) {
    const a0 = performance.now();
    analyzeArticle(t, 'article.txt');
    perArticle.push(performance.now() - a0);
  }
  const workspaceInProcess = { articles: texts.length, MB: texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / MB, ms: performance.now() - w0, perArticleMedianMs: median(perArticle) };

  let hot: HotFunction[] = [];
  let hotIncremental: HotFunction[] = [];
  if (!flag('no-profile')) {
    log('profiling the full analysis and incremental re-analysis ...');
    hot = await hotFunctions(() => [1, 2, 3].forEach(() => analyzeArticle(text, 'bench.txt')), 3);
    hotIncremental = await hotFunctions(() => timeIncremental(text, 20), 20);
  }

  let startup: Awaited<ReturnType<typeof timeStartup>> | null = null;
  let large: LargeDocResults | null = null;
  let workspace: WorkspaceResults | null = null;
  if (!flag('no-server')) {
    if (!flag('no-build')) buildServerBundle(log);
    if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npm run build\` first`);
    log('server: start-up ...');
    startup = await timeStartup();
    log('server: large document ...');
    const personOffsets = analysis.people.flatMap((p) => p.mentions.map((m) => m.start));
    large = await measureLargeDocument(text, personOffsets, log);
    log('server: workspace ...');
    workspace = await measureWorkspace(workspaceDir, files, log);
  }

  const words = baselines[0];
  const mbps = (ms: number | null) => (ms ? mb / (ms / 1000) : null);
  const targets: Target[] = [
    { name: 'full analysis throughput', value: mbps(stages.full.ms), unit: 'MB/s', target: '>= 10', pass: (v) => v >= 10 },
    { name: 'full analysis / word-regex pass time', value: words.ms ? stages.full.ms / words.ms : null, unit: 'x', target: '<= 3', pass: (v) => v <= 3 },
    { name: 'one-char edit -> diagnostics p95 (1 MB)', value: large?.edit.p95 ?? null, unit: 'ms', target: '< 50', pass: (v) => v < 50 },
    { name: 'hover p99 (1 MB)', value: large?.hover.p99 ?? null, unit: 'ms', target: '< 5', pass: (v) => v < 5 },
    { name: 'initialize answered (median of 5 spawns)', value: startup?.p50 ?? null, unit: 'ms', target: '< 300', pass: (v) => v < 300 },
    { name: `${articles} articles indexed`, value: workspace?.indexMs ?? null, unit: 'ms', target: '< 5000', pass: (v) => v < 5000 },
    { name: 'workspace server peak resident memory', value: workspace?.memory?.peakMB ?? null, unit: 'MB', target: '< 300', pass: (v) => v < 300 },
  ];

  const results = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: os.loadavg() },
    corpus: { largeDocumentMB: mb, largeDocumentChars: text.length, boilerplateShare: boilerplate, sentences: prepared.sentences.length, workspaceArticles: files.length },
    inProcess: {
      full: { ...stages.full, MBps: mbps(stages.full.ms) },
      stages: stages.stages.map((s) => ({ ...s, MBps: mbps(s.ms) })),
      otherMs: stages.otherMs,
      assemblyMs: stages.assemblyMs,
      incrementalEdit: stages.incremental,
      dictionaryLoadMs: stages.dictionaryLoadMs,
      firstSpellingCallMs: stages.firstSpellingMs,
      baselines: baselines.map((b: Baseline) => ({ ...b, MBps: mbps(b.ms), ratioToFullAnalysis: b.ms ? b.ms / stages.full.ms : null })),
      workspaceArticles: { ...workspaceInProcess, MBps: workspaceInProcess.MB / (workspaceInProcess.ms / 1000) },
      hotFunctions: hot,
      hotFunctionsIncremental: hotIncremental,
    },
    server: { startup, largeDocument: large, workspace },
    stubStages: stages.stages.filter((s) => s.stub).map((s) => s.name),
    targets: targets.map((t) => ({ name: t.name, value: t.value, unit: t.unit, target: t.target, pass: t.value === null ? null : t.pass(t.value) })),
    totalSeconds: (performance.now() - started) / 1000,
  };
  fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(formatReport(results, targets));
  log(`wrote bench/results.json in ${results.totalSeconds.toFixed(0)} s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
