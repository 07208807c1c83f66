// STUB: replaced by the dates work. Finds the article's own date (a dateline near the top).
import { Span } from './schema';
import { ArticleText } from './text';

export interface ArticleDate {
  date: string;
  span: Span;
}

export function findArticleDate(_article: ArticleText): ArticleDate | null {
  return null;
}
