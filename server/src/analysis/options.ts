// What the analysis may be told from outside (settings) and the facts one stage hands the next.
import { ArticleDate } from './articleDate';
import { DateMention, Organisation, Person, Rating, Severity } from './schema';

export interface AnalysisOptions {
  /** Run the British-English spelling check. */
  spelling: boolean;
  /** Report US spellings ("organization") as information with the British form. */
  usSpellings: boolean;
  /** Extra words the user accepts (workspace dictionary). Compared case-insensitively. */
  words: string[];
  /** Diagnostic codes switched off entirely. */
  disabledCodes: string[];
  /** Severity per diagnostic code, overriding each check's default. */
  severities: Record<string, Severity>;
  /** Above this many UTF-16 code units the heavy checks (spelling, consistency) are skipped. */
  maxCheckedLength: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  spelling: true,
  usSpellings: true,
  words: [],
  disabledCodes: [],
  severities: {},
  maxCheckedLength: 2_000_000,
};

export interface ArticleFacts {
  articleDate: ArticleDate | null;
  people: Person[];
  organisations: Organisation[];
  dates: DateMention[];
  ratings: Rating[];
}
