// Go to Definition: a mention of a person leads to their first full mention ("Sue Westcott" for
// "Mrs Westcott"), in this article if it names them in full, else in the first article that does.
// An organisation leads to its first mention here.
import { Location } from 'vscode-languageserver';
import { isFullMention } from '../workspace/personIndex';
import { ArticleView } from '../workspace/workspaceState';
import { locationOf, namedAt, sameEntries } from './navigation';

export function definitionAt(current: ArticleView, articles: ArticleView[], offset: number): Location | null {
  const named = namedAt(current, articles, offset);
  if (!named) return null;
  const entries = sameEntries(named, current, articles);
  if (named.kind === 'person') {
    for (const { article, mentions } of entries) {
      const full = mentions.find((m) => isFullMention(m.text));
      if (full) return locationOf(article, full);
    }
  }
  const here = entries.find((e) => e.article.uri === current.uri);
  return here?.mentions.length ? locationOf(current, here.mentions[0]) : null;
}
