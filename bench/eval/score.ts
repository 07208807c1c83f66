// The held-out evaluation: runs the built CLI over eval/articles, compares with eval/gold, prints
// P/R/F1 per category and writes eval/results.json. `--spans` recomputes the gold offsets from the
// annotated needles; `--input FILE` scores a saved `inspection-annotate --json` output instead.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { checkSpans, fillSpans, loadGold, saveGold } from './gold';
import { Agreement, ArticleScore, Counts, PredArticle, prf, scoreArticle } from './match';
import { wordCount } from './normalise';

const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../../..' : '../..');
const EVAL = path.join(ROOT, 'eval');

// `--articles DIR --gold DIR --out FILE` score another set (the held-out one); paths are relative to the repository.
function option(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  return at >= 0 && argv[at + 1] ? path.resolve(ROOT, argv[at + 1]) : fallback;
}

function runCli(articlesDir: string): PredArticle[] {
  let stdout: string;
  try {
    stdout = execFileSync(process.execPath, [path.join(ROOT, 'bin/inspection-annotate.js'), '--json', articlesDir], {
      cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
    });
  } catch (e) {
    // Exit status 2 still prints the files it could read.
    stdout = (e as { stdout?: string }).stdout ?? '';
    if (!stdout) throw e;
  }
  return JSON.parse(stdout) as PredArticle[];
}

const add = (a: Counts, b: Counts): void => { a.tp += b.tp; a.fp += b.fp; a.fn += b.fn; };
const addA = (a: Agreement, b: Agreement): void => { a.right += b.right; a.total += b.total; };
const pct = (x: number): string => x.toFixed(3);

export function totals(scores: ArticleScore[]): ArticleScore {
  const t = scoreArticleTotals();
  for (const s of scores) {
    add(t.people, s.people); add(t.roles, s.roles); add(t.ratings, s.ratings); add(t.dates, s.dates);
    add(t.datesResolved, s.datesResolved); add(t.diagnostics, s.diagnostics);
    addA(t.roleFormer, s.roleFormer); addA(t.ratingStatus, s.ratingStatus); addA(t.ratingDate, s.ratingDate); addA(t.ratingDateCompatible, s.ratingDateCompatible);
    addA(t.dateResolved, s.dateResolved); addA(t.articleDate, s.articleDate);
    for (const [k, v] of Object.entries(s.falseAlarmCodes)) t.falseAlarmCodes[k] = (t.falseAlarmCodes[k] ?? 0) + v;
    t.errors.push(...s.errors);
  }
  return t;
}

function scoreArticleTotals(): ArticleScore {
  return {
    people: z(), roles: z(), roleFormer: n(), ratings: z(), ratingStatus: n(), ratingDate: n(), ratingDateCompatible: n(), dates: z(), datesResolved: z(),
    dateResolved: n(), diagnostics: z(), articleDate: n(), falseAlarmCodes: {}, errors: [],
  };
}
const z = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const n = (): Agreement => ({ right: 0, total: 0 });

const TARGETS: Record<string, number> = { people: 0.95, roles: 0.9, ratings: 0.95, dates: 0.9, 'dates+resolved': 0.9 };

function main(argv: string[]): number {
  // --set DIR: a set laid out as DIR/articles and DIR/gold, scored again into DIR/latest.json (git-ignored),
  // so the record of its one blind scoring (DIR/results.json) stays as it was
  const set = option(argv, '--set', '');
  const articlesDir = option(argv, '--articles', set ? path.join(set, 'articles') : path.join(EVAL, 'articles'));
  const goldDir = option(argv, '--gold', set ? path.join(set, 'gold') : path.join(EVAL, 'gold'));
  const outFile = option(argv, '--out', set ? path.join(set, 'latest.json') : path.join(EVAL, 'results.json'));
  const pairs = loadGold(EVAL, goldDir, articlesDir);
  if (argv.includes('--spans')) {
    for (const { gold, text } of pairs) {
      const changed = fillSpans(text, gold);
      saveGold(EVAL, gold, goldDir);
      console.log(`${gold.file}: ${changed} span(s) updated`);
    }
    return 0;
  }
  const problems = pairs.flatMap(({ gold, text }) => checkSpans(text, gold));
  if (problems.length) {
    console.error(problems.join('\n'));
    return 1;
  }
  const inputAt = argv.indexOf('--input');
  const predicted = inputAt >= 0 ? (JSON.parse(fs.readFileSync(argv[inputAt + 1], 'utf8')) as PredArticle[]) : runCli(articlesDir);
  const byName = new Map(predicted.map((p) => [path.basename(p.file), p]));
  const perArticle: Record<string, ArticleScore> = {};
  let words = 0;
  for (const { gold, text } of pairs) {
    const pred = byName.get(gold.file) ?? { file: gold.file, articleDate: null, people: [], ratings: [], dates: [], diagnostics: [] };
    perArticle[gold.file] = scoreArticle(gold, pred);
    words += wordCount(text);
  }
  const t = totals(Object.values(perArticle));
  const rows: [string, Counts][] = [
    ['people', t.people], ['roles', t.roles], ['ratings', t.ratings], ['dates', t.dates],
    ['dates+resolved', t.datesResolved], ['diagnostics', t.diagnostics],
  ];
  const table = rows.map(([name, c]) => ({ category: name, ...c, ...prf(c), target: TARGETS[name] ?? null }));
  console.log(`Held-out evaluation: ${pairs.length} articles, ${words} words\n`);
  console.log('category          tp   fp   fn  precision  recall     F1  target');
  for (const r of table) {
    const mark = r.target === null ? '' : r.f1 >= r.target ? `>=${r.target} ok` : `>=${r.target} BELOW`;
    console.log(`${r.category.padEnd(16)}${String(r.tp).padStart(4)} ${String(r.fp).padStart(4)} ${String(r.fn).padStart(4)}      ${pct(r.p)}   ${pct(r.r)}  ${pct(r.f1)}  ${mark}`);
  }
  const agree = (name: string, a: Agreement): void => console.log(`${name.padEnd(34)} ${a.right}/${a.total}${a.total ? ` = ${pct(a.right / a.total)}` : ''}`);
  console.log('');
  agree('article date (dateline) correct', t.articleDate);
  agree('date resolved correct (matched)', t.dateResolved);
  agree('rating status correct (matched)', t.ratingStatus);
  agree('rating date exact (matched)', t.ratingDate);
  agree('rating date compatible (matched)', t.ratingDateCompatible);
  agree('role former flag correct', t.roleFormer);
  const falseAlarms = t.diagnostics.fp;
  console.log(`diagnostic false alarms: ${falseAlarms} = ${(falseAlarms * 1000 / words).toFixed(2)} per 1,000 words ${JSON.stringify(t.falseAlarmCodes)}`);
  console.log('\nper article (F1): people / roles / ratings / dates+resolved');
  for (const [file, s] of Object.entries(perArticle)) {
    console.log(`  ${file.padEnd(40)} ${[s.people, s.roles, s.ratings, s.datesResolved].map((c) => pct(prf(c).f1)).join(' / ')}`);
  }
  const results = {
    articles: pairs.length, words, table,
    agreement: { articleDate: t.articleDate, dateResolved: t.dateResolved, ratingStatus: t.ratingStatus, ratingDate: t.ratingDate, ratingDateCompatible: t.ratingDateCompatible, roleFormer: t.roleFormer },
    diagnosticFalseAlarmsPer1000Words: falseAlarms * 1000 / words, falseAlarmCodes: t.falseAlarmCodes,
    perArticle: Object.fromEntries(Object.entries(perArticle).map(([f, s]) => [f, { ...s, errors: undefined }])),
    errors: t.errors,
  };
  fs.writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${t.errors.length} errors listed in ${path.relative(ROOT, outFile)}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
