// STUB: replaced by the consistency work (name/title variants, dates, facts within one article).
import { Diagnostic } from './schema';
import { ArticleText } from './text';
import { ArticleFacts } from './options';

export function checkConsistency(_article: ArticleText, _facts: ArticleFacts): Diagnostic[] {
  return [];
}
