// Find All References: every mention of the person (or organisation) under the cursor, in this
// article and in every other known article, matched by the workspace person index.
import { Location } from 'vscode-languageserver';
import { ArticleView } from '../workspace/workspaceState';
import { definitionAt } from './definition';
import { locationOf, namedAt, sameEntries } from './navigation';

export function referencesAt(current: ArticleView, articles: ArticleView[], offset: number, includeDeclaration: boolean): Location[] {
  const named = namedAt(current, articles, offset);
  if (!named) return [];
  const out: Location[] = [];
  for (const { article, mentions } of sameEntries(named, current, articles)) {
    let last = -1;
    for (const m of mentions) {
      if (m.start === last) continue; // two entries of one person in one article may share a mention
      last = m.start;
      out.push(locationOf(article, m));
    }
  }
  if (includeDeclaration) return out;
  const decl = definitionAt(current, articles, offset);
  return decl ? out.filter((l) => !(l.uri === decl.uri && sameRange(l, decl))) : out;
}

function sameRange(a: Location, b: Location): boolean {
  const r = a.range;
  const s = b.range;
  return r.start.line === s.start.line && r.start.character === s.start.character && r.end.line === s.end.line && r.end.character === s.end.character;
}
