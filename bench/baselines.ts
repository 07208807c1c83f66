// Reference points on the same text: a bare Unicode word pass (the floor for any tokenising
// analysis), and two general NLP libraries if installed. They are dev-only comparisons, so they are
// loaded with require in try/catch and skipped with a note when absent.
import { timeRuns } from './stages';

export interface Baseline {
  name: string;
  ms: number | null;
  minMs?: number;
  runs: number;
  found?: number;
  note?: string;
}

export function wordRegexPass(text: string): number {
  const re = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function optional(name: string): any {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name);
  } catch {
    return null;
  }
}

export const INSTALL_BASELINES = 'npm install --save-dev compromise@14 chrono-node@2';

export function timeBaselines(text: string): Baseline[] {
  const out: Baseline[] = [];
  const words = timeRuns(() => wordRegexPass(text), 7);
  out.push({ name: 'word regex /[\\p{L}\\p{N}]+/gu', ms: words.ms, minMs: words.minMs, runs: words.runs, found: words.result });

  const compromise = optional('compromise');
  if (compromise) {
    const nlp = compromise.default ?? compromise;
    // Slow (about 0.2 MB/s on 1 MB), so a single run.
    const t = timeRuns(() => nlp(text).people().out('array').length, 1, 0, 1);
    out.push({ name: "compromise people()", ms: t.ms, runs: t.runs, found: t.result });
  } else out.push({ name: 'compromise people()', ms: null, runs: 0, note: `not installed (${INSTALL_BASELINES})` });

  const chrono = optional('chrono-node');
  if (chrono) {
    const t = timeRuns(() => chrono.en.GB.parse(text).length, 3, 10000, 1);
    out.push({ name: 'chrono-node en.GB.parse', ms: t.ms, runs: t.runs, found: t.result });
  } else out.push({ name: 'chrono-node en.GB.parse', ms: null, runs: 0, note: `not installed (${INSTALL_BASELINES})` });
  return out;
}
