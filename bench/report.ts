// The printed table: figures first, then each target with its pass or miss.
export interface Target {
  name: string;
  value: number | null;
  unit: string;
  target: string;
  pass: (v: number) => boolean;
}

const f = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || Number.isNaN(v) ? '-' : v > 99999 ? '>99999' : v.toFixed(digits);
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function formatReport(r: any, targets: Target[]): string {
  const out: string[] = [];
  const c = r.corpus;
  const ip = r.inProcess;
  out.push(`Inspection Lens benchmark, ${r.when}; ${r.machine.cpus} cores (${r.machine.cpu}), node ${r.machine.node}; load average ${r.machine.loadAverage.map((l: number) => l.toFixed(1)).join(' ')} (other work on the machine inflates every time)`);
  out.push(`Corpus: ${f(c.largeDocumentMB, 2)} MB document (MB = 2^20 UTF-8 bytes; ${f(c.boilerplateShare * 100)}% marked boilerplate, ${c.sentences} sentences); ${c.workspaceArticles} workspace articles`);
  out.push('');
  out.push(`${pad('In-process, on the 1 MB document', 44)}${lpad('median ms', 10)}${lpad('MB/s', 9)}${lpad('x full', 8)}${lpad('found', 8)}${lpad('runs', 6)}${lpad('min ms', 9)}${lpad('unsharded ms', 14)}`);
  const row = (name: string, ms: number | null, MBps: number | null, ratio: number | null, found: unknown, runs: number, extra = '', whole?: number, min?: number) =>
    out.push(`${pad(name, 44)}${lpad(f(ms), 10)}${lpad(f(MBps), 9)}${lpad(f(ratio, 2), 8)}${lpad(found === undefined ? '' : String(found), 8)}${lpad(String(runs), 6)}${lpad(min === undefined ? '' : f(min), 9)}${lpad(whole === undefined ? '' : f(whole), 14)}${extra}`);
  row(ip.full.name, ip.full.ms, ip.full.MBps, 1, ip.full.found, ip.full.runs, `  (${ip.full.note})`, undefined, ip.full.minMs);
  for (const s of ip.stages) row(`  ${s.name}`, s.ms, s.MBps, s.ms / ip.full.ms, s.found, s.runs, s.stub ? '  STUB' : '', s.wholeMs, s.minMs);
  out.push(`${pad('  merge, suppressions, sort (shards memoised)', 44)}${lpad(f(ip.assemblyMs), 10)}`);
  out.push(`${pad('  unattributed: GC, stages interleaved', 44)}${lpad('', 10)}${lpad('', 9)}${lpad(f(ip.otherMs / ip.full.minMs, 2), 8)}${lpad('', 14)}${lpad(f(ip.otherMs), 9)}  (fastest full run minus fastest stages, incl. the line above)`);
  out.push(`${pad('  re-analysis after a one-char edit (memo)', 44)}${lpad(f(ip.incrementalEdit.p50), 10)}  p50; p95 ${f(ip.incrementalEdit.p95)} ms over ${ip.incrementalEdit.n} edits, in-process`);
  out.push(`${pad('  dictionary load (preloadDictionary), once', 44)}${lpad(f(ip.dictionaryLoadMs), 10)}`);
  out.push(`${pad('  first checkSpelling call (cold)', 44)}${lpad(f(ip.firstSpellingCallMs), 10)}`);
  out.push('Baselines on the same text');
  for (const b of ip.baselines) {
    if (b.ms === null) out.push(`  ${pad(b.name, 42)}skipped: ${b.note}`);
    else row(`  ${b.name}`, b.ms, b.MBps, b.ratioToFullAnalysis, b.found, b.runs, '', undefined, b.minMs);
  }
  const words = ip.baselines[0];
  if (words.minMs) out.push(`  on the fastest runs: ${f(ip.full.minMs / words.minMs)}x the word-regex pass, ${f(c.largeDocumentMB / (ip.full.minMs / 1000))} MB/s`);
  const w = ip.workspaceArticles;
  out.push(`Workspace articles analysed one by one: ${w.articles} articles, ${f(w.MB, 2)} MB in ${f(w.ms, 0)} ms = ${f(w.MBps)} MB/s, median ${f(w.perArticleMedianMs, 3)} ms per article`);
  const hot = (title: string, list: { selfMs: number; share: number; name: string; where: string }[]) => {
    if (!list.length) return;
    out.push('');
    out.push(title);
    for (const h of list) out.push(`${lpad(f(h.selfMs, 2), 9)} ms ${lpad(f(h.share * 100, 0), 4)}%  ${h.name}  ${h.where}`);
  };
  hot('Hottest functions, full analysis of 1 MB (self time per run, share of sampled time)', ip.hotFunctions);
  hot('Hottest functions, re-analysis after a one-char edit (self time per edit)', ip.hotFunctionsIncremental);
  const s = r.server;
  if (s.startup) {
    out.push('');
    out.push('Server over stdio (dist/server.js --stdio)');
    out.push(`  spawn -> initialize answered: median ${f(s.startup.p50)} ms, max ${f(s.startup.max)} ms over ${s.startup.n} spawns`);
    const L = s.largeDocument;
    out.push(`  1 MB document: didOpen -> first diagnostics ${f(L.openToDiagnosticsMs, 0)} ms`);
    out.push(`  hover: p50 ${f(L.hover.p50, 2)} ms, p99 ${f(L.hover.p99, 2)} ms, max ${f(L.hover.max, 2)} ms (${L.hover.n} requests, ${L.hover.personHovers} on person mentions, ${L.hover.answered} answered)`);
    out.push(`  hover sent right after an edit: p50 ${f(L.hoverAfterEdit.p50)} ms, max ${f(L.hoverAfterEdit.max)} ms (${L.hoverAfterEdit.n}; shows whether hover waits for re-analysis)`);
    out.push(`  one-char didChange -> publishDiagnostics of that version: p50 ${f(L.edit.p50)} ms, p95 ${f(L.edit.p95)} ms, max ${f(L.edit.max)} ms (${L.edit.n} edits, ${L.edit.timedOut} timed out)`);
    out.push(`  memory after the edits: ${f(L.memory?.rssMB, 0)} MB resident, ${f(L.memory?.peakMB, 0)} MB peak`);
    const W = s.workspace;
    out.push(`  workspace of ${W.articles} articles, method ${W.method}: ${f(W.indexMs, 0)} ms indexed, ${f(W.settledMs, 0)} ms until the last notification; ${f(W.memory?.rssMB, 0)} MB resident, ${f(W.memory?.peakMB, 0)} MB peak; ${W.progressReports} progress messages`);
    if (W.note) out.push(`    (${W.note})`);
  }
  out.push('');
  out.push(`${pad('Target', 46)}${lpad('measured', 12)}  ${pad('target', 14)}result`);
  for (const t of targets) {
    const result = t.value === null ? 'not measured' : t.pass(t.value) ? 'pass' : 'MISS';
    out.push(`${pad(t.name, 46)}${lpad(`${f(t.value)} ${t.unit}`, 12)}  ${pad(`${t.target} ${t.unit}`, 14)}${result}`);
  }
  if (r.stubStages.length) out.push(`Stages still stubs (return nothing): ${r.stubStages.join(', ')}`);
  out.push('');
  return out.join('\n');
}
