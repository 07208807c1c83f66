// STUB: replaced by the dates work.
import { DateMention } from './schema';
import { ArticleText } from './text';
import { ArticleDate } from './articleDate';

export function extractDates(_article: ArticleText, _articleDate: ArticleDate | null): DateMention[] {
  return [];
}
