// STUB: replaced by the people-and-roles work. Finds people, their later mentions and roles.
import { Person } from './schema';
import { ArticleText } from './text';

export function extractPeople(_article: ArticleText): Person[] {
  return [];
}
