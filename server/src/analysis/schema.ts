// The one typed result of analysing an article. Every view (hover, outline, diagnostics,
// the CLI's JSON, benchmarks) reads this; none of them re-parses text.
// Offsets are UTF-16 code-unit offsets into the document text, `end` exclusive,
// and `text` is always exactly `documentText.slice(start, end)`.
// zod/mini: the same validation with a tree-shaken API; the full build made up most of the server bundle
// (734 KB of 1.6 MB), all of it compiled before the server could answer `initialize`.
import * as z from 'zod/mini';

export const GRADES = ['outstanding', 'good', 'requires improvement', 'adequate', 'inadequate'] as const;
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD": as precise as the text allows, no more. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));

export const Span = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
});

export const RoleMention = z.extend(Span, {
  role: z.string(),
  /** true where the text says the role was held before ("former director", "having previously served as"). */
  former: z.boolean(),
});

export const Person = z.object({
  name: z.string(),
  aliases: z.array(z.string()),
  roles: z.array(z.string()),
  mentions: z.array(Span),
  /** Where each role was given; optional so the contract's required fields stay the ones named in the issue. */
  roleMentions: z.optional(z.array(RoleMention)),
});

export const Organisation = z.object({
  name: z.string(),
  mentions: z.array(Span),
});

export const Rating = z.extend(Span, {
  grade: z.enum(GRADES),
  subject: z.nullable(z.string()),
  date: z.nullable(PartialDate),
  status: z.enum(['awarded', 'aspiration', 'other']),
  /** The inspecting body where the text names it ("Ofsted"). */
  body: z.optional(z.nullable(z.string())),
});

export const DateBasis = z.enum(['explicit', 'article-date', 'nearest-year', 'unresolved']);

export const DateMention = z.extend(Span, {
  resolved: z.nullable(PartialDate),
  /** How `resolved` was reached: written in full, relative to the article's date, or to the nearest explicit year. */
  basis: z.optional(DateBasis),
  /** Plain-English explanation for hovers ("relative to the article date 2011-09-07"). */
  explanation: z.optional(z.string()),
});

export const RelatedLocation = z.object({
  file: z.optional(z.string()),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  message: z.string(),
});

export const Diagnostic = z.extend(Span, {
  code: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  /** Replacements a quick fix may offer, best first. */
  suggestions: z.optional(z.array(z.string())),
  related: z.optional(z.array(RelatedLocation)),
});

export const ArticleAnalysis = z.object({
  file: z.string(),
  articleDate: z.nullable(PartialDate),
  people: z.array(Person),
  organisations: z.array(Organisation),
  ratings: z.array(Rating),
  dates: z.array(DateMention),
  diagnostics: z.array(Diagnostic),
});

export const AnalysisOutput = z.array(ArticleAnalysis);

export type Grade = (typeof GRADES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Span = z.infer<typeof Span>;
export type RoleMention = z.infer<typeof RoleMention>;
export type Person = z.infer<typeof Person>;
export type Organisation = z.infer<typeof Organisation>;
export type Rating = z.infer<typeof Rating>;
export type DateMention = z.infer<typeof DateMention>;
export type DateBasis = z.infer<typeof DateBasis>;
export type RelatedLocation = z.infer<typeof RelatedLocation>;
export type Diagnostic = z.infer<typeof Diagnostic>;
export type ArticleAnalysis = z.infer<typeof ArticleAnalysis>;
