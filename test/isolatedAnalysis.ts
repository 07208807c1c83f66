// Runs analyzeArticle in a worker thread with a memory cap and a deadline, so a test input that
// makes the analysis hang or exhaust memory fails its own test instead of killing the test run.
// The worker builds the text itself (from repeated parts) so 50 MB never crosses the thread boundary,
// and returns a summary plus the outcome of the span, schema and determinism checks.
import { isDeepStrictEqual } from 'util';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { AnalysisOptions, DEFAULT_OPTIONS } from '../server/src/analysis/options';
import { ArticleAnalysis, Span } from '../server/src/analysis/schema';

export interface Job {
  /** The text is the concatenation of each part repeated that many times. */
  parts: [string, number][];
  options?: Partial<AnalysisOptions>;
  /** Analyse this many times and report each time (the first includes any warm-up). */
  runs?: number;
  /** Also analyse `interleave` in between and compare the two results of the text. */
  interleave?: string;
}

export interface Outcome {
  length: number;
  /** Milliseconds per run. */
  ms: number[];
  error: string | null;
  people: string[];
  organisations: number;
  ratings: number;
  dates: number;
  codes: Record<string, number>;
  badSpan: string | null;
  schemaIssues: string | null;
  deterministic: boolean | null;
  /** Where the second analysis differed from the first, when it did. */
  difference: string | null;
}

function firstDifference(a: ArticleAnalysis, b: ArticleAnalysis): string | null {
  for (const key of Object.keys(a) as (keyof ArticleAnalysis)[]) {
    const x = a[key];
    const y = b[key];
    if (isDeepStrictEqual(x, y)) continue;
    if (Array.isArray(x) && Array.isArray(y)) {
      const i = x.findIndex((v, j) => !isDeepStrictEqual(v, y[j]));
      const at = i < 0 ? x.length : i;
      return `${key}[${at}]: first ${JSON.stringify(x[at])?.slice(0, 300)}, then ${JSON.stringify(y[at])?.slice(0, 300)}`;
    }
    return `${key}: first ${JSON.stringify(x)}, then ${JSON.stringify(y)}`;
  }
  return null;
}

/** Every span the analysis hands out, labelled, so a wrong one can be named. */
export function allSpans(a: ArticleAnalysis): { where: string; span: Span }[] {
  const out: { where: string; span: Span }[] = [];
  for (const p of a.people) {
    p.mentions.forEach((m) => out.push({ where: `person ${p.name} mention`, span: m }));
    (p.roleMentions ?? []).forEach((m) => out.push({ where: `person ${p.name} roleMention`, span: m }));
  }
  for (const o of a.organisations) o.mentions.forEach((m) => out.push({ where: `organisation ${o.name} mention`, span: m }));
  a.ratings.forEach((r) => out.push({ where: `rating ${r.grade}`, span: r }));
  a.dates.forEach((d) => out.push({ where: `date ${d.resolved}`, span: d }));
  a.diagnostics.forEach((d) => out.push({ where: `diagnostic ${d.code}`, span: d }));
  return out;
}

/** The first span out of range or not reading the document's text there, or null. */
export function badSpan(text: string, a: ArticleAnalysis): string | null {
  for (const { where, span } of allSpans(a)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) return `${where} [${span.start}, ${span.end}) outside 0..${text.length}`;
    if (text.slice(span.start, span.end) !== span.text) {
      return `${where} [${span.start}, ${span.end}) reads ${JSON.stringify(span.text)} but the text there is ${JSON.stringify(text.slice(span.start, span.end))}`;
    }
  }
  for (const d of a.diagnostics) {
    for (const r of d.related ?? []) {
      if (!r.file && !(r.start >= 0 && r.start <= r.end && r.end <= text.length)) return `related location of ${d.code} [${r.start}, ${r.end}) outside the text`;
    }
  }
  return null;
}

function perform(job: Job): Outcome {
  const text = job.parts.map(([s, n]) => s.repeat(n)).join('');
  const options = { ...DEFAULT_OPTIONS, ...job.options };
  const out: Outcome = { length: text.length, ms: [], error: null, people: [], organisations: 0, ratings: 0, dates: 0, codes: {}, badSpan: null, schemaIssues: null, deterministic: null, difference: null };
  let a: ArticleAnalysis | undefined;
  try {
    for (let i = 0; i < (job.runs ?? 1); i++) {
      const t0 = performance.now();
      a = analyzeArticle(text, 'file:///isolated.txt', options);
      out.ms.push(performance.now() - t0);
    }
    if (!a) return out;
    out.people = a.people.map((p) => p.name);
    out.organisations = a.organisations.length;
    out.ratings = a.ratings.length;
    out.dates = a.dates.length;
    for (const d of a.diagnostics) out.codes[d.code] = (out.codes[d.code] ?? 0) + 1;
    out.badSpan = badSpan(text, a);
    const parsed = ArticleAnalysis.safeParse(a);
    out.schemaIssues = parsed.success ? null : JSON.stringify(parsed.error.issues.slice(0, 3));
    if (job.interleave !== undefined) {
      analyzeArticle(job.interleave, 'file:///isolated.txt', options);
      const again = analyzeArticle(text, 'file:///isolated.txt', options);
      out.deterministic = isDeepStrictEqual(again, a);
      out.difference = firstDifference(a, again);
    }
  } catch (e) {
    out.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }
  return out;
}

const ROLE = 'inspection-lens-isolated-analysis';

if (!isMainThread && workerData?.role === ROLE) {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(perform(job)));
}

/** One worker reused across jobs; replaced after a job that timed out or ran out of memory. */
export class IsolatedAnalyser {
  private worker: Worker | undefined;

  constructor(private readonly memoryMb = 1536) {}

  run(job: Job, timeoutMs: number): Promise<Outcome> {
    const worker = (this.worker ??= new Worker(__filename, { workerData: { role: ROLE }, resourceLimits: { maxOldGenerationSizeMb: this.memoryMb } }));
    return new Promise<Outcome>((resolve, reject) => {
      const done = (f: () => void) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        f();
      };
      const onMessage = (o: Outcome) => done(() => resolve(o));
      const onError = (e: Error) => done(() => {
        this.worker = undefined;
        reject(new Error(`analysis worker died: ${e.message}`));
      });
      const timer = setTimeout(() => done(() => {
        void worker.terminate();
        this.worker = undefined;
        reject(new Error(`analysis did not finish within ${timeoutMs} ms`));
      }), timeoutMs);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}

/** A short description of a text for failure messages: its length, its start, and its longest run. */
export function describeText(text: string): string {
  let best = '';
  for (const m of text.matchAll(/(.)\1{19,}/gsu)) if (m[0].length > best.length) best = m[0];
  const run = best ? `, longest run ${best.length} × ${JSON.stringify(best.slice(0, 2))}` : '';
  return `${text.length} chars${run}, starting ${JSON.stringify(text.slice(0, 160))}`;
}
