// Rename a person: every mention in every known article changes consistently. Titles and
// possessives stay ("Mrs Westcott’s" → "Mrs Smith’s"); a surname-only mention takes only the new
// surname, a given-name-only mention only the new given name; ALL-CAPS words stay in capitals.
import { Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { findEntityAt } from '../analysis/lookup';
import { NameToken, nameTokens, splitName } from '../workspace/personIndex';
import { ArticleView } from '../workspace/workspaceState';
import { namedAt, rangeOf, sameEntries } from './navigation';

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

export function prepareRenameAt(current: ArticleView, offset: number): { range: Range; placeholder: string } | null {
  const e = findEntityAt(current.analysis, offset);
  return e?.kind === 'person' ? { range: rangeOf(current.doc, e.mention), placeholder: e.person.name } : null;
}

/** The new name as given names and a surname; titles typed into the box are dropped, as mentions keep their own. */
export function parseNewName(newName: string): { given: string; surname: string } {
  const clean = newName.replace(/\u00a0/g, ' ').trim();
  if (!clean || /[\r\n]/.test(clean) || !nameTokens(clean).length) throw new Error(`“${newName}” is not a name.`);
  const p = splitName(clean);
  const given = p.given.length ? clean.slice(p.given[0].start, p.given[p.given.length - 1].end) : '';
  return { given, surname: clean.slice(p.surname!.start, p.surname!.end) };
}

const caps = (old: string, next: string) => (old.length > 1 && old === old.toUpperCase() && old !== old.toLowerCase() ? next.toUpperCase() : next);

/** Edits (offsets relative to the mention) turning one mention of `oldName` into the new name. */
export function renameMention(mention: string, oldName: string, next: { given: string; surname: string }): OffsetEdit[] {
  const parts = splitName(mention);
  if (!parts.surname) return [];
  const oldGiven = splitName(oldName).given.map((t) => t.key);
  const edits: OffsetEdit[] = [];
  const replace = (t: { start: number; end: number }, text: string) => {
    if (mention.slice(t.start, t.end) !== text) edits.push({ start: t.start, end: t.end, newText: text });
  };
  const word = (t: NameToken) => mention.slice(t.start, t.end);
  const lone = parts.given.length === 0;
  if (lone && oldGiven.length && parts.surname.key === oldGiven[0] && parts.surname.key !== splitName(oldName).surname?.key) {
    if (next.given) replace(parts.surname, caps(word(parts.surname), next.given.split(/\s+/)[0]));
    return edits;
  }
  if (!lone) {
    const first = parts.given[0];
    const last = parts.given[parts.given.length - 1];
    if (next.given) replace({ start: first.start, end: last.end }, caps(word(first), next.given));
    else edits.push({ start: first.start, end: parts.surname.start, newText: '' });
  }
  replace(parts.surname, caps(word(parts.surname), next.surname));
  return edits;
}

export function renameAt(current: ArticleView, articles: ArticleView[], offset: number, newName: string): WorkspaceEdit | null {
  const named = namedAt(current, articles, offset);
  if (named?.kind !== 'person') return null;
  const next = parseNewName(newName);
  const changes: Record<string, TextEdit[]> = {};
  for (const { article, mentions } of sameEntries(named, current, articles)) {
    const edits: TextEdit[] = [];
    let last = -1;
    for (const m of mentions) {
      if (m.start === last) continue;
      last = m.start;
      for (const e of renameMention(m.text, named.person.name, next)) {
        edits.push({ range: rangeOf(article.doc, { start: m.start + e.start, end: m.start + e.end }), newText: e.newText });
      }
    }
    if (edits.length) changes[article.uri] = edits;
  }
  return { changes };
}
