// STUB: replaced by the spelling work.
import { Diagnostic, Organisation, Person } from './schema';
import { ArticleText } from './text';
import { AnalysisOptions } from './options';

export function checkSpelling(
  _article: ArticleText,
  _known: { people: Person[]; organisations: Organisation[] },
  _options: AnalysisOptions,
): Diagnostic[] {
  return [];
}
