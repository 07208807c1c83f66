// What navigation requests share: the entity under the cursor, and the same person or organisation
// in every known article. One PersonIndex per request: it is linear in the people of the workspace.
import { Location, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findEntityAt } from '../analysis/lookup';
import { Organisation, Person, Span } from '../analysis/schema';
import { PersonIndex } from '../workspace/personIndex';
import { ArticleView } from '../workspace/workspaceState';

export type Named =
  | { kind: 'person'; person: Person; mention: Span; index: PersonIndex }
  | { kind: 'organisation'; organisation: Organisation; mention: Span };

export function rangeOf(doc: TextDocument, s: { start: number; end: number }): Range {
  return { start: doc.positionAt(s.start), end: doc.positionAt(s.end) };
}

export function locationOf(article: ArticleView, s: { start: number; end: number }): Location {
  return { uri: article.uri, range: rangeOf(article.doc, s) };
}

/** The person or organisation mentioned at `offset` of `current`, or null. */
export function namedAt(current: ArticleView, articles: ArticleView[], offset: number): Named | null {
  const e = findEntityAt(current.analysis, offset);
  if (e?.kind === 'person') return { kind: 'person', person: e.person, mention: e.mention, index: new PersonIndex(articles) };
  if (e?.kind === 'organisation') return { kind: 'organisation', organisation: e.organisation, mention: e.mention };
  return null;
}

const orgKey = (name: string) => name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Every (article, entry) that is the named thing: the current article first, then the others by URI. */
export function sameEntries(named: Named, current: ArticleView, articles: ArticleView[]): { article: ArticleView; mentions: Span[] }[] {
  const byUri = new Map(articles.map((a) => [a.uri, a]));
  const out = new Map<string, Span[]>();
  if (named.kind === 'person') {
    for (const ref of named.index.sameAs(named.person)) out.set(ref.uri, [...(out.get(ref.uri) ?? []), ...ref.person.mentions]);
  } else {
    const key = orgKey(named.organisation.name);
    for (const a of articles) {
      for (const o of a.analysis.organisations) if (orgKey(o.name) === key) out.set(a.uri, [...(out.get(a.uri) ?? []), ...o.mentions]);
    }
  }
  const uris = [...out.keys()].sort((a, b) => (a === current.uri ? -1 : b === current.uri ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return uris.map((uri) => ({ article: byUri.get(uri)!, mentions: [...out.get(uri)!].sort((a, b) => a.start - b.start) }));
}
