// STUB: replaced by the ratings work.
import { DateMention, Rating } from './schema';
import { ArticleText } from './text';

export function extractRatings(_article: ArticleText, _dates: DateMention[]): Rating[] {
  return [];
}
