// STUB: replaced by the people-and-roles work.
import { Organisation, Person } from './schema';
import { ArticleText } from './text';

export function extractOrganisations(_article: ArticleText, _people: Person[]): Organisation[] {
  return [];
}
