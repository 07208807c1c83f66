// Workspace symbols (Ctrl+T): every person, organisation and rating in every known article, each at
// its first mention, with its role (or the rating's subject and date) and file as the container.
// The query matches like an editor's fuzzy filter: its letters in order, case-insensitive.
import { SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { ArticleView } from '../workspace/workspaceState';
import { describePartialDate } from './format';
import { locationOf } from './navigation';

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export function matchesQuery(name: string, query: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

export function workspaceSymbols(articles: ArticleView[], query: string, limit = 5000): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const sorted = [...articles].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const a of sorted) {
    const file = fileName(a.uri);
    for (const p of a.analysis.people) {
      if (p.mentions.length && matchesQuery(p.name, query)) {
        out.push({ name: p.name, kind: SymbolKind.Object, location: locationOf(a, p.mentions[0]), containerName: join(p.roles[0] ?? 'person', file) });
      }
    }
    for (const o of a.analysis.organisations) {
      if (o.mentions.length && matchesQuery(o.name, query)) {
        out.push({ name: o.name, kind: SymbolKind.Module, location: locationOf(a, o.mentions[0]), containerName: join('organisation', file) });
      }
    }
    for (const r of a.analysis.ratings) {
      const name = r.grade[0].toUpperCase() + r.grade.slice(1);
      if (!matchesQuery(name, query)) continue;
      const when = r.date ? describePartialDate(r.date) : null;
      out.push({ name, kind: SymbolKind.Event, location: locationOf(a, r), containerName: join(r.subject, when, r.status === 'awarded' ? null : r.status, file) });
    }
    if (out.length >= limit) break;
  }
  return out.slice(0, limit);
}
