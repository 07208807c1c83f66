// Times the full analysis and each stage in-process on one text, with the stage inputs computed
// once beforehand so each figure is that stage alone. Medians of a few runs; slow stages run fewer times.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle, ShardMemo } from '../server/src/analysis/analyze';
import { ArticleDate, findArticleDate } from '../server/src/analysis/articleDate';
import { checkConsistency } from '../server/src/analysis/consistency';
import { extractDates } from '../server/src/analysis/dates';
import { ArticleFacts, DEFAULT_OPTIONS } from '../server/src/analysis/options';
import { extractOrganisations } from '../server/src/analysis/organisations';
import { extractPeople } from '../server/src/analysis/people';
import { extractRatings } from '../server/src/analysis/ratings';
import { checkSpelling } from '../server/src/analysis/spelling';
import { preloadDictionary } from '../server/src/analysis/dictionary';
import { tokenize as nameTokenize } from '../server/src/analysis/nameTokens';
import { splitShards } from '../server/src/analysis/shards';
import { ArticleText, prepareText } from '../server/src/analysis/text';
import { rng, ROOT } from './corpus';

export interface Timing {
  name: string;
  /** Median milliseconds. */
  ms: number;
  /** Fastest run: the least disturbed by other work on the machine. */
  minMs?: number;
  runs: number;
  /** How many results the stage produced (people, dates, diagnostics ...), to show stubs at a glance. */
  found?: number;
  /** The module still carries the scaffold's STUB marker. */
  stub?: boolean;
  note?: string;
  /** The same stage over the whole text as one piece rather than shard by shard. */
  wholeMs?: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Runs `fn` up to `maxRuns` times (at least `minRuns`, then stops once `budgetMs` is spent); median ms. */
export function timeRuns<T>(fn: () => T, maxRuns = 5, budgetMs = 8000, minRuns = 3): { ms: number; minMs: number; runs: number; result: T } {
  const times: number[] = [];
  let result!: T;
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
  }
  return { ms: median(times), minMs: Math.min(...times), runs: times.length, result };
}

/** Whether a stage's source still begins with the scaffold's "// STUB" line. */
export function isStub(module: string): boolean {
  try {
    return fs.readFileSync(path.join(ROOT, 'server', 'src', 'analysis', `${module}.ts`), 'utf8').startsWith('// STUB');
  } catch {
    return false;
  }
}

export interface StageResults {
  full: Timing;
  stages: Timing[];
  /** Full analysis minus the stages (fastest runs): merging shards, suppressions, sorting, extra GC. */
  otherMs: number;
  /** analyzeArticle when every shard is memoised: cutting, merging, suppressions, sorting only. */
  assemblyMs: number;
  /** analyzeArticle with the previous version's shard memo, after a one-character edit. */
  incremental: { p50: number; p95: number; n: number };
  dictionaryLoadMs: number;
  firstSpellingMs: number;
}

/** One-character edits (insert a letter in a word, then remove it), each re-analysed with the memo. */
export function timeIncremental(text: string, edits = 40): { p50: number; p95: number; n: number } {
  const memo: ShardMemo = new Map();
  analyzeArticle(text, 'bench.txt', DEFAULT_OPTIONS, memo);
  const r = rng(11);
  const times: number[] = [];
  for (let i = 0; i < edits / 2; i++) {
    const at = Math.floor(r() * text.length);
    for (const version of [`${text.slice(0, at)}x${text.slice(at)}`, text]) {
      const t0 = performance.now();
      analyzeArticle(version, 'bench.txt', DEFAULT_OPTIONS, memo);
      times.push(performance.now() - t0);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), n: times.length };
}

interface StageInput {
  text: string;
  article: ArticleText;
  facts: ArticleFacts;
}

function inputFor(text: string, documentDate?: ArticleDate | null): StageInput {
  const article = prepareText(text);
  const articleDate = documentDate !== undefined ? documentDate : findArticleDate(article);
  const people = extractPeople(article);
  const organisations = extractOrganisations(article, people);
  const dates = extractDates(article, articleDate);
  const ratings = extractRatings(article, dates);
  return { text, article, facts: { articleDate, people, organisations, dates, ratings } };
}

export async function timeStages(text: string): Promise<StageResults> {
  const options = DEFAULT_OPTIONS;
  // The dictionary first, timed on its own, so the spelling stage measures checking only.
  const d0 = performance.now();
  await preloadDictionary();
  const dictionaryLoadMs = performance.now() - d0;

  // Each stage runs over the same shards analyzeArticle cuts, so the stages add up to the full
  // analysis; the same stage over the whole text as one piece shows any cost that grows faster than the text.
  const whole = inputFor(text);
  const shards = splitShards(text).map(({ start, end }, i) => inputFor(text.slice(start, end), i === 0 ? undefined : whole.facts.articleDate));
  const s0 = performance.now();
  checkSpelling(whole.article, whole.facts, options);
  const firstSpellingMs = performance.now() - s0;

  const stages: Timing[] = [];
  const stage = (name: string, modules: string[], fn: (input: StageInput) => number) => {
    const sharded = timeRuns(() => shards.reduce((n, input) => n + fn(input), 0));
    const unsharded = timeRuns(() => fn(whole), 3, 4000, 1);
    stages.push({ name, ms: sharded.ms, minMs: sharded.minMs, runs: sharded.runs, found: sharded.result, stub: modules.some(isStub), wholeMs: unsharded.ms });
  };
  const cut = timeRuns(() => splitShards(text).length);
  stages.push({ name: 'shards (splitShards)', ms: cut.ms, minMs: cut.minMs, runs: cut.runs, found: cut.result });
  stage('text (prepareText)', ['text'], (i) => prepareText(i.text).sentences.length);
  // The name tokens are made once per article (by whichever stage asks first) and kept on it; the
  // inputs above already made them, so the stages below read them for free. Timed here on their own,
  // or no stage would show them and the stages would not add up to the full analysis.
  stage('name tokens (nameTokens)', ['nameTokens'], (i) => i.article.sentences.reduce((n, s) => n + nameTokenize(i.article.text, 0, s.start, s.end).length, 0));
  stage('people and roles', ['people'], (i) => extractPeople(i.article).length);
  stage('organisations', ['organisations'], (i) => extractOrganisations(i.article, i.facts.people).length);
  stage('dates', ['articleDate', 'dates'], (i) => extractDates(i.article, findArticleDate(i.article)).length);
  stage('ratings', ['ratings'], (i) => extractRatings(i.article, i.facts.dates).length);
  stage('spelling', ['spelling'], (i) => checkSpelling(i.article, i.facts, options).length);
  stage('consistency', ['consistency'], (i) => checkConsistency(i.article, i.facts).length);

  const full = timeRuns(() => analyzeArticle(text, 'bench.txt', options));
  // With every shard memoised, what remains is cutting, merging, suppressions and sorting.
  const memo: ShardMemo = new Map();
  analyzeArticle(text, 'bench.txt', options, memo);
  const assembly = timeRuns(() => analyzeArticle(text, 'bench.txt', options, memo), 7);
  return {
    full: { name: 'full analysis (analyzeArticle)', ms: full.ms, minMs: full.minMs, runs: full.runs, found: full.result.diagnostics.length, note: `${full.result.people.length} people, ${full.result.dates.length} dates, ${full.result.ratings.length} ratings, ${full.result.diagnostics.length} diagnostics` },
    stages,
    // From the fastest runs: medians on a busy machine are too noisy for a difference.
    otherMs: full.minMs - stages.reduce((sum, t) => sum + (t.minMs ?? t.ms), 0),
    assemblyMs: assembly.ms,
    incremental: timeIncremental(text),
    dictionaryLoadMs,
    firstSpellingMs,
  };
}
