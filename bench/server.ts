// Measurements through the real server over stdio: start-up, hover, edit-to-diagnostics on the
// large document, and indexing a workspace of articles.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { BenchClient } from './lsp';
import { rng, ROOT } from './corpus';
import { median, percentile } from './stages';

export const SERVER = path.join(ROOT, 'dist', 'server.js');

/**
 * Bundles the server with the project's esbuild.mjs, so the benchmark measures what ships. Another
 * entry point (the client) failing does not matter as long as dist/server.js was rewritten.
 */
export function buildServerBundle(log: (s: string) => void): void {
  const before = Date.now();
  const run = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, encoding: 'utf8' });
  const fresh = fs.existsSync(SERVER) && fs.statSync(SERVER).mtimeMs >= before - 1000;
  if (run.status === 0 && fresh) return;
  const why = (run.stderr || run.stdout).split('\n').filter((l) => /error/i.test(l)).slice(0, 3).join('; ');
  if (!fresh) throw new Error(`esbuild.mjs did not rebuild dist/server.js: ${why}`);
  log(`note: esbuild.mjs failed (${why}), but dist/server.js was rebuilt, so the server figures are current`);
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

function latency(xs: number[]): Latency {
  if (!xs.length) return { p50: NaN, p95: NaN, p99: NaN, max: NaN, n: 0 };
  return { p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99), max: Math.max(...xs), n: xs.length };
}

function positionOf(lineStarts: number[], offset: number): { line: number; character: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export async function timeStartup(runs = 5): Promise<Latency & { runs: number[] }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const client = new BenchClient(SERVER);
    times.push(await client.initialize());
    await client.close();
  }
  return { ...latency(times), runs: times };
}

export interface LargeDocResults {
  openToDiagnosticsMs: number | null;
  hover: Latency & { answered: number; personHovers: number };
  hoverAfterEdit: Latency;
  edit: Latency & { timedOut: number };
  memory: { rssMB: number; peakMB: number } | null;
}

/** Opens the large document, then hovers and makes one-character edits; `personOffsets` are mention starts. */
export async function measureLargeDocument(text: string, personOffsets: number[], log: (s: string) => void): Promise<LargeDocResults> {
  const r = rng(7);
  const client = new BenchClient(SERVER);
  await client.initialize();
  const uri = pathToFileURL(path.join(ROOT, 'bench', 'corpus', 'large.txt')).toString();
  const starts = lineStartsOf(text);
  const pos = (offset: number) => positionOf(starts, offset);
  const t0 = performance.now();
  await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  const opened = await client.diagnosticsFor(uri, 1, 120_000);
  const openToDiagnosticsMs = opened ? performance.now() - t0 : null;
  log(`  large document: first diagnostics ${opened ? `${openToDiagnosticsMs!.toFixed(0)} ms` : 'not seen in 120 s'} after didOpen`);
  // Let the dictionary load and the re-check it triggers finish before timing anything.
  await client.settle(1500, 30_000);

  const wordOffsets: number[] = [];
  const re = /[\p{L}]{3,}/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) wordOffsets.push(m.index + 1);
  const hovers: number[] = [];
  let answered = 0;
  let personHovers = 0;
  for (let i = 0; i < 400; i++) {
    const usePerson = personOffsets.length > 0 && i % 2 === 0;
    if (usePerson) personHovers++;
    const offset = usePerson ? personOffsets[Math.floor(r() * personOffsets.length)] + 1 : wordOffsets[Math.floor(r() * wordOffsets.length)];
    const h0 = performance.now();
    const result = await client.request('textDocument/hover', { textDocument: { uri }, position: pos(offset) });
    hovers.push(performance.now() - h0);
    if (result) answered++;
  }
  log(`  hover: ${hovers.length} requests, p50 ${percentile(hovers, 50).toFixed(2)} ms`);

  // 100 one-character edits, sequential: insert a letter inside a word, then remove it, so the text
  // stays the same. Then 10 more with a hover sent at once, which shows whether hover waits for re-analysis.
  let version = 1;
  const edits: number[] = [];
  const afterEdit: number[] = [];
  let timedOut = 0;
  const budget = performance.now() + 120_000;
  for (let i = 0; i < 60 && performance.now() < budget; i++) {
    const at = wordOffsets[Math.floor(r() * wordOffsets.length)];
    for (const insert of [true, false]) {
      version++;
      const range = insert ? { start: pos(at), end: pos(at) } : { start: pos(at), end: pos(at + 1) };
      const e0 = performance.now();
      await client.notify('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range, rangeLength: insert ? 0 : 1, text: insert ? 'x' : '' }],
      });
      if (i >= 50 && insert) {
        const h0 = performance.now();
        await client.request('textDocument/hover', { textDocument: { uri }, position: pos(wordOffsets[Math.floor(r() * wordOffsets.length)]) });
        afterEdit.push(performance.now() - h0);
      }
      const ok = await client.diagnosticsFor(uri, version, 20_000);
      if (i >= 50) continue;
      if (ok) edits.push(performance.now() - e0);
      else timedOut++;
    }
  }
  log(`  edits: ${edits.length} measured, ${timedOut} timed out, p50 ${edits.length ? median(edits).toFixed(1) : '-'} ms`);
  const memory = client.memory();
  await client.close();
  return { openToDiagnosticsMs, hover: { ...latency(hovers), answered, personHovers }, hoverAfterEdit: latency(afterEdit), edit: { ...latency(edits), timedOut }, memory };
}

export interface WorkspaceResults {
  method: 'indexer-progress' | 'didOpen-all';
  articles: number;
  indexMs: number | null;
  settledMs: number | null;
  memory: { rssMB: number; peakMB: number } | null;
  progressReports: number;
  note?: string;
}

/** Whether the built server bundles the background indexer (esbuild keeps a path comment per module). */
export function serverHasIndexer(): boolean {
  try {
    return fs.readFileSync(SERVER, 'utf8').includes('server/src/workspace/indexer.ts');
  } catch {
    return false;
  }
}

export async function measureWorkspace(dir: string, files: string[], log: (s: string) => void): Promise<WorkspaceResults> {
  const folder = { uri: pathToFileURL(dir).toString(), name: 'bench-workspace' };
  if (serverHasIndexer()) {
    const client = new BenchClient(SERVER);
    await client.initialize([folder]);
    const t0 = performance.now();
    const ended = await client.until(() => client.progress.some((p) => p.kind === 'end'), 60_000);
    const indexMs = ended ? client.progress.find((p) => p.kind === 'end')!.at - t0 : null;
    const memoryAtEnd = client.memory();
    await client.settle(1000, 30_000);
    const settledMs = client.lastNotificationAt - t0;
    const memory = client.memory();
    const reports = client.progress.length;
    await client.close();
    if (ended) {
      log(`  workspace (indexer): ${indexMs!.toFixed(0)} ms to progress end, ${reports} progress messages`);
      return { method: 'indexer-progress', articles: files.length, indexMs, settledMs, memory: maxMemory(memoryAtEnd, memory), progressReports: reports };
    }
    log('  workspace: the server bundles an indexer but sent no progress end within 60 s; falling back to didOpen');
  }
  const client = new BenchClient(SERVER);
  await client.initialize([folder]);
  const t0 = performance.now();
  const uris = files.map((f) => pathToFileURL(f).toString());
  for (let i = 0; i < files.length; i++) {
    void client.notify('textDocument/didOpen', { textDocument: { uri: uris[i], languageId: 'plaintext', version: 1, text: fs.readFileSync(files[i], 'utf8') } });
  }
  const all = await client.until(() => uris.every((u) => client.published.has(u)), 120_000);
  const indexMs = all ? performance.now() - t0 : null;
  await client.settle(1000, 30_000);
  const settledMs = client.lastNotificationAt - t0;
  const memory = client.memory();
  const reports = client.progress.length;
  await client.close();
  log(`  workspace (didOpen): ${all ? `${indexMs!.toFixed(0)} ms until all ${files.length} had diagnostics` : 'not all diagnostics within 120 s'}`);
  return {
    method: 'didOpen-all',
    articles: files.length,
    indexMs,
    settledMs,
    memory,
    progressReports: reports,
    note: `${serverHasIndexer() ? 'the bundled indexer reported no progress end' : 'no background indexer in dist/server.js yet'}: every article opened with didOpen, timed until each had diagnostics`,
  };
}

function maxMemory(a: WorkspaceResults['memory'], b: WorkspaceResults['memory']): WorkspaceResults['memory'] {
  if (!a || !b) return a ?? b;
  return { rssMB: Math.max(a.rssMB, b.rssMB), peakMB: Math.max(a.peakMB, b.peakMB) };
}
