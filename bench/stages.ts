// Times the full analysis and each stage in-process on one text, with the stage inputs computed
// once beforehand so each figure is that stage alone. Medians of a few runs; slow stages run fewer times.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../server/src/analysis/analyze';
import { findArticleDate } from '../server/src/analysis/articleDate';
import { checkConsistency } from '../server/src/analysis/consistency';
import { extractDates } from '../server/src/analysis/dates';
import { DEFAULT_OPTIONS } from '../server/src/analysis/options';
import { extractOrganisations } from '../server/src/analysis/organisations';
import { extractPeople } from '../server/src/analysis/people';
import { extractRatings } from '../server/src/analysis/ratings';
import { checkSpelling } from '../server/src/analysis/spelling';
import { preloadSpelling } from '../server/src/analysis/spellingPreload';
import { prepareText } from '../server/src/analysis/text';
import { ROOT } from './corpus';

export interface Timing {
  name: string;
  /** Median milliseconds. */
  ms: number;
  runs: number;
  /** How many results the stage produced (people, dates, diagnostics ...), to show stubs at a glance. */
  found?: number;
  /** The module still carries the scaffold's STUB marker. */
  stub?: boolean;
  note?: string;
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
export function timeRuns<T>(fn: () => T, maxRuns = 5, budgetMs = 8000, minRuns = 3): { ms: number; runs: number; result: T } {
  const times: number[] = [];
  let result!: T;
  const started = performance.now();
  for (let i = 0; i < maxRuns; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    if (i + 1 >= minRuns && performance.now() - started > budgetMs) break;
  }
  return { ms: median(times), runs: times.length, result };
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
  dictionaryLoadMs: number;
  firstSpellingMs: number;
}

export async function timeStages(text: string): Promise<StageResults> {
  const options = DEFAULT_OPTIONS;
  // The dictionary first, timed on its own, so the spelling stage measures checking only.
  const d0 = performance.now();
  await preloadSpelling();
  const dictionaryLoadMs = performance.now() - d0;

  const article = prepareText(text);
  const articleDate = findArticleDate(article);
  const people = extractPeople(article);
  const organisations = extractOrganisations(article, people);
  const dates = extractDates(article, articleDate);
  const ratings = extractRatings(article, dates);
  const s0 = performance.now();
  checkSpelling(article, { people, organisations }, options);
  const firstSpellingMs = performance.now() - s0;

  const stages: Timing[] = [];
  const stage = <T>(name: string, modules: string[], fn: () => T, count: (r: T) => number) => {
    const t = timeRuns(fn);
    stages.push({ name, ms: t.ms, runs: t.runs, found: count(t.result), stub: modules.some(isStub) });
  };
  stage('text (prepareText)', ['text'], () => prepareText(text), (a) => a.sentences.length);
  stage('people and roles', ['people'], () => extractPeople(article), (p) => p.length);
  stage('organisations', ['organisations'], () => extractOrganisations(article, people), (o) => o.length);
  stage('dates', ['articleDate', 'dates'], () => extractDates(article, findArticleDate(article)), (d) => d.length);
  stage('ratings', ['ratings'], () => extractRatings(article, dates), (r) => r.length);
  stage('spelling', ['spelling'], () => checkSpelling(article, { people, organisations }, options), (d) => d.length);
  stage('consistency', ['consistency'], () => checkConsistency(article, { articleDate, people, organisations, dates, ratings }), (d) => d.length);

  const full = timeRuns(() => analyzeArticle(text, 'bench.txt', options));
  return {
    full: { name: 'full analysis (analyzeArticle)', ms: full.ms, runs: full.runs, found: full.result.diagnostics.length, note: `${full.result.people.length} people, ${full.result.dates.length} dates, ${full.result.ratings.length} ratings, ${full.result.diagnostics.length} diagnostics` },
    stages,
    dictionaryLoadMs,
    firstSpellingMs,
  };
}
