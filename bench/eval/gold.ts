// The hand-made gold standard of the held-out evaluation: types, and the step that turns each
// annotated needle ("text", optionally inside a unique context "in") into exact UTF-16 offsets.
import * as fs from 'fs';
import * as path from 'path';

export interface GoldSpan {
  /** The exact text of the span. */
  text: string;
  /** A longer, unique stretch of the article that contains `text`, to say which occurrence is meant. */
  in?: string;
  /** Which occurrence of `in` (or of `text` when there is no `in`), counting from 0. */
  nth?: number;
  start?: number;
  end?: number;
  /** Debatable items: a prediction matching one is neither a hit nor a false alarm, and missing it costs nothing. */
  optional?: boolean;
}

export interface GoldRole {
  role: string;
  former?: boolean;
  optional?: boolean;
}

export interface GoldPerson {
  name: string;
  aliases: string[];
  roles: GoldRole[];
  optional?: boolean;
}

export type Grade = 'outstanding' | 'good' | 'requires improvement' | 'adequate' | 'inadequate';
export type Status = 'awarded' | 'aspiration' | 'other';

export interface GoldRating extends GoldSpan {
  grade: Grade;
  status: Status | Status[];
  subject: string | null;
  date: string | null;
}

export interface GoldDate extends GoldSpan {
  resolved: string | null | (string | null)[];
}

export interface GoldDiagnostic extends GoldSpan {
  code: string | string[];
}

export interface GoldArticle {
  file: string;
  articleDate: string | null;
  people: GoldPerson[];
  ratings: GoldRating[];
  dates: GoldDate[];
  diagnostics: GoldDiagnostic[];
}

const WORDISH = /[\p{L}\p{N}]/u;

/** Occurrences that do not start or end inside a word: "adequate" is not found inside "inadequate". */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    const cutsBefore = at > 0 && WORDISH.test(needle[0]) && WORDISH.test(text[at - 1]);
    const end = at + needle.length;
    const cutsAfter = end < text.length && WORDISH.test(needle[needle.length - 1]) && WORDISH.test(text[end]);
    if (!cutsBefore && !cutsAfter) out.push(at);
  }
  return out;
}

/** Exact offsets of a gold span; throws with a readable message when the needle is absent or ambiguous. */
export function locateSpan(text: string, span: GoldSpan, where = ''): { start: number; end: number } {
  const outer = span.in ?? span.text;
  const found = occurrences(text, outer);
  if (found.length === 0) throw new Error(`${where}: "${outer}" is not in the article`);
  if (found.length > 1 && span.nth === undefined) {
    throw new Error(`${where}: "${outer}" occurs ${found.length} times; give "nth" or a longer "in"`);
  }
  const base = found[span.nth ?? 0];
  if (base === undefined) throw new Error(`${where}: "${outer}" has no occurrence ${span.nth}`);
  if (span.in === undefined) return { start: base, end: base + span.text.length };
  const inner = occurrences(span.in, span.text)[0] ?? -1;
  if (inner < 0) throw new Error(`${where}: "${span.text}" is not inside "${span.in}"`);
  return { start: base + inner, end: base + inner + span.text.length };
}

function allSpans(gold: GoldArticle): { kind: string; span: GoldSpan }[] {
  return [
    ...gold.ratings.map((span) => ({ kind: 'rating', span })),
    ...gold.dates.map((span) => ({ kind: 'date', span })),
    ...gold.diagnostics.map((span) => ({ kind: 'diagnostic', span })),
  ];
}

/** Fills in (or refreshes) start/end of every span from its needle. Returns the number changed. */
export function fillSpans(text: string, gold: GoldArticle): number {
  let changed = 0;
  for (const { kind, span } of allSpans(gold)) {
    const { start, end } = locateSpan(text, span, `${gold.file} ${kind} "${span.text}"`);
    if (span.start !== start || span.end !== end) changed++;
    span.start = start;
    span.end = end;
  }
  return changed;
}

/** Checks that the stored offsets still point at the stored text (the article was not edited since). */
export function checkSpans(text: string, gold: GoldArticle): string[] {
  const problems: string[] = [];
  for (const { kind, span } of allSpans(gold)) {
    if (span.start === undefined || span.end === undefined) {
      problems.push(`${gold.file} ${kind} "${span.text}": no offsets (run with --spans)`);
    } else if (text.slice(span.start, span.end) !== span.text) {
      problems.push(`${gold.file} ${kind} "${span.text}": offsets ${span.start}-${span.end} point at "${text.slice(span.start, span.end)}" (run with --spans)`);
    }
  }
  return problems;
}

export interface GoldPair {
  gold: GoldArticle;
  text: string;
}

/** Reads every gold/*.json with its article from articles/ (or from the folders given). */
export function loadGold(evalDir: string, goldDir = path.join(evalDir, 'gold'), articlesDir = path.join(evalDir, 'articles')): GoldPair[] {
  return fs
    .readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldArticle;
      const text = fs.readFileSync(path.join(articlesDir, gold.file), 'utf8');
      return { gold, text };
    });
}

export function saveGold(evalDir: string, gold: GoldArticle, goldDir = path.join(evalDir, 'gold')): void {
  const file = path.join(goldDir, gold.file.replace(/\.txt$/, '.json'));
  fs.writeFileSync(file, `${JSON.stringify(gold, null, 2)}\n`);
}
