// The whole analysis of one article: text in, one ArticleAnalysis out.
// A long document is analysed shard by shard (see shards.ts); a `ShardMemo` kept between versions
// of one document lets a re-analysis reuse every shard the edit did not touch.
import { ArticleDate, findArticleDate } from './articleDate';
import { checkConsistency } from './consistency';
import { extractDates } from './dates';
import { checkInput } from './input';
import { mergeShards, shift } from './mergeShards';
import { AnalysisOptions, DEFAULT_OPTIONS } from './options';
import { extractOrganisations } from './organisations';
import { extractPeople } from './people';
import { extractRatings } from './ratings';
import { findRepeatedWords } from './repeatedWords';
import { ArticleAnalysis, Diagnostic } from './schema';
import { splitShards } from './shards';
import { checkSpelling } from './spelling';
import { applySuppressions } from './suppressions';
import { ArticleText, prepareText } from './text';

interface ShardResult {
  /** People, organisations, dates and ratings, with no diagnostics: all a hover or the outline needs. */
  facts: ArticleAnalysis;
  /** The date line this shard found itself (only the first shard looks). */
  found: ArticleDate | null;
  /** Spelling and consistency findings, computed only when someone asks for diagnostics. */
  checks?: Diagnostic[];
  /**
   * The prepared shard, kept only while `checks` is missing: the checks asked for later (after a
   * facts-only analysis for hover) read it instead of preparing and tokenising the shard again
   * (about 12 ms a megabyte). Dropped once the checks are in, so a memo does not hold every
   * shard's lines, sentences and tokens for the life of the document.
   */
  article?: ArticleText;
}

/**
 * Shard analyses of one document's previous version, keyed by the shard's context, then its text. Two
 * levels rather than one joined key: joining a short context to every shard's text built and copied
 * a string as long as the document on each analysis.
 */
export type ShardMemo = Map<string, Map<string, ShardResult>>;

interface ShardContext {
  options: AnalysisOptions;
  heavyChecks: boolean;
  /** undefined: find the date in this text; otherwise the document's own (from its first shard). */
  articleDate?: ArticleDate | null;
}

function shardFacts(article: ArticleText, ctx: ShardContext): ShardResult {
  const articleDate = ctx.articleDate !== undefined ? ctx.articleDate : findArticleDate(article);
  const people = extractPeople(article);
  const organisations = extractOrganisations(article, people);
  const dates = extractDates(article, articleDate);
  const ratings = extractRatings(article, dates, articleDate);
  return {
    facts: { file: '', articleDate: articleDate ? articleDate.date : null, people, organisations, ratings, dates, diagnostics: [] },
    found: ctx.articleDate === undefined ? articleDate : null,
  };
}

function shardChecks(article: ArticleText, result: ShardResult, ctx: ShardContext): Diagnostic[] {
  if (!ctx.heavyChecks) return [];
  const { people, organisations, dates, ratings } = result.facts;
  const articleDate = ctx.articleDate !== undefined ? ctx.articleDate : result.found;
  const out: Diagnostic[] = [];
  if (ctx.options.spelling) out.push(...checkSpelling(article, { people, organisations, ratings }, ctx.options));
  // a doubled word needs no dictionary: checked whether or not spelling is
  out.push(...findRepeatedWords(article));
  out.push(...checkConsistency(article, { articleDate, people, organisations, dates, ratings }));
  return out;
}

/**
 * `checks: false` gives the facts alone (no spelling or consistency findings), so position requests
 * such as hover never wait for the checks; a later call with checks reuses those facts from `memo`.
 */
export function analyzeArticle(
  text: string,
  file = '',
  options: AnalysisOptions = DEFAULT_OPTIONS,
  memo?: ShardMemo,
  checks = true,
): ArticleAnalysis {
  const refusal = checkInput(text);
  if (refusal) return { file, articleDate: null, people: [], organisations: [], ratings: [], dates: [], diagnostics: [refusal] };
  const heavyChecks = text.length <= options.maxCheckedLength;
  const shards = splitShards(text);
  const used: ShardMemo = new Map();
  let documentDate: ArticleDate | null | undefined;
  const parts = shards.map(({ start, end }, i) => {
    const shardText = text.slice(start, end);
    // Later shards resolve dates against the first shard's date line, given relative to their own offsets.
    const articleDate = i === 0 ? undefined : documentDate && { ...documentDate, span: shift(documentDate.span, -start) };
    const ctx: ShardContext = { options, heavyChecks, articleDate };
    const context = `${heavyChecks ? 1 : 0}${i === 0 ? '' : documentDate?.date ?? '-'}`;
    let result = memo?.get(context)?.get(shardText);
    let article: ArticleText | undefined;
    if (!result) result = shardFacts((article = prepareText(shardText)), ctx);
    if (checks && !result.checks) {
      const { facts, found } = result;
      result = { facts, found, checks: shardChecks(article ?? result.article ?? prepareText(shardText), result, ctx) };
    } else if (!result.checks && article) result = { ...result, article };
    if (memo) {
      let byText = used.get(context);
      if (!byText) used.set(context, (byText = new Map()));
      byText.set(shardText, result);
    }
    if (i === 0) documentDate = result.found;
    const diagnostics = checks ? (result.checks ?? []) : [];
    return { offset: start, analysis: { ...result.facts, diagnostics } };
  });
  if (memo) {
    memo.clear();
    for (const [k, v] of used) memo.set(k, v);
  }
  const merged = mergeShards(file, parts);
  merged.articleDate = documentDate ? documentDate.date : null;
  if (checks && !heavyChecks) merged.diagnostics.push(tooLarge(text.length, options.maxCheckedLength));
  merged.diagnostics = finishDiagnostics(text, merged.diagnostics, options);
  return merged;
}

function tooLarge(length: number, limit: number): Diagnostic {
  return {
    code: 'too-large-to-check',
    severity: 'information',
    message: `This article is ${length.toLocaleString('en-GB')} characters long; spelling and consistency checks stop above ${limit.toLocaleString('en-GB')} (setting inspectionLens.maxCheckedLength).`,
    start: 0,
    end: 0,
    text: '',
  };
}

function finishDiagnostics(text: string, diagnostics: Diagnostic[], options: AnalysisOptions): Diagnostic[] {
  const disabled = new Set(options.disabledCodes);
  return applySuppressions(text, diagnostics)
    .filter((d) => !disabled.has(d.code))
    .map((d) => (options.severities[d.code] ? { ...d, severity: options.severities[d.code] } : d))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
