// One person written two ways: "Westcott" / "Westcot", "Ogle-Welbourn" / "Ogle Welbourn",
// "Philip" / "Phillip" before the same surname. Compares the surnames of the people found, then
// scans for capitalised words a letter away from a known surname in a name position, because the
// people extractor may have made the variant a separate person or missed it.
// A known short form of a first name ("Sue" for "Susan") is accepted: it is usually deliberate.
import { nextCapitalisedIn } from './capitalisedWords';
import { makeDiagnostic, oneEditApart, sentenceIndexAt } from './consistencyUtil';
import { distinctiveSurname, sameGivenName } from './nameSpellings';
import { editDistance } from './nearMiss';
import { sentenceTokens, TokenCursor } from './nameTokens';
import { ArticleFacts } from './options';
import { Diagnostic } from './schema';
import { ArticleText } from './text';

const TITLES = /^(?:mr|mrs|ms|miss|dr|prof|cllr|clr|coun|councillor|sir|dame|lord|lady|rev|revd)\.?$/i;
const HYPOCORISMS: string[][] = [
  ['susan', 'sue', 'susie'], ['william', 'bill', 'will', 'billy'], ['robert', 'rob', 'bob', 'bobby'], ['richard', 'rick', 'dick', 'richie'],
  ['elizabeth', 'liz', 'beth', 'lizzie', 'betty'], ['margaret', 'maggie', 'peggy', 'meg'], ['james', 'jim', 'jimmy', 'jamie'],
  ['michael', 'mike', 'mick'], ['christopher', 'chris'], ['christine', 'chris'], ['anthony', 'tony'], ['stephen', 'steve'],
  ['steven', 'steve'], ['david', 'dave'], ['andrew', 'andy', 'drew'], ['patricia', 'pat', 'trish'], ['katherine', 'kate', 'kathy'],
  ['catherine', 'cathy', 'kate'], ['jennifer', 'jenny', 'jen'], ['deborah', 'debbie', 'deb'], ['timothy', 'tim'], ['peter', 'pete'],
  ['thomas', 'tom', 'tommy'], ['daniel', 'dan', 'danny'], ['matthew', 'matt'], ['nicholas', 'nick'], ['alexander', 'alex'],
  ['samuel', 'sam'], ['samantha', 'sam'], ['joseph', 'joe'], ['edward', 'ed', 'ted', 'eddie'], ['philip', 'phil'], ['phillip', 'phil'],
  ['kenneth', 'ken'], ['gregory', 'greg'], ['jonathan', 'jon', 'jonny'], ['victoria', 'vicky', 'vicki'], ['rebecca', 'becky'],
  ['alison', 'ali'], ['gerald', 'gerry'], ['frederick', 'fred'], ['benjamin', 'ben'], ['charles', 'charlie'], ['helen', 'nell'],
];
const SHORT = new Map<string, Set<string>>();
for (const g of HYPOCORISMS) for (const n of g) SHORT.set(n, new Set([...(SHORT.get(n) ?? []), ...g]));

interface Form {
  person: number;
  first: string | null;
  firstStart: number;
  surname: string;
  start: number;
  end: number;
  /** Written after a title ("Ms Fahey"). */
  titled: boolean;
}

const squash = (s: string) => s.toLowerCase().replace(/[-\s'’.\u00a0]/g, '');

function firstNamesCompatible(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const x = a.toLowerCase().replace(/\.$/, '');
  const y = b.toLowerCase().replace(/\.$/, '');
  if (x === y || ((x.length === 1 || y.length === 1) && x[0] === y[0])) return true;
  return SHORT.get(x)?.has(y) ?? false;
}

/** A mention's first name and surname, as offsets into the mention's text. */
interface Split {
  titled: boolean;
  first: string | null;
  firstAt: number;
  surnameStart: number;
  surnameEnd: number;
}

function splitMention(mention: string): Split | null {
  const toks = [...mention.matchAll(/[^\s\u00a0]+/g)].map((t) => ({ t: t[0].replace(/[’']s$/, ''), at: t.index! }));
  const words = toks.length;
  while (toks.length && TITLES.test(toks[0].t)) toks.shift();
  if (!toks.length) return null;
  let first: string | null = null;
  let firstAt = -1;
  let i = 0;
  if (toks.length >= 2) {
    first = toks[0].t;
    firstAt = toks[0].at;
    i = 1;
    while (i < toks.length - 1 && /^\p{Lu}\.?$/u.test(toks[i].t)) i++;
  }
  const last = toks[toks.length - 1];
  return { titled: toks.length < words, first, firstAt, surnameStart: toks[i].at, surnameEnd: last.at + last.t.length };
}

/** Splits each mention into first name and surname, with the surname's offsets. */
function formsOf(facts: ArticleFacts, text: string): Form[] {
  const out: Form[] = [];
  // "Mr Newsam" is mentioned again and again: each mention text is split once.
  const splits = new Map<string, Split | null>();
  facts.people.forEach((p, person) => {
    for (const m of p.mentions) {
      let split = splits.get(m.text);
      if (split === undefined) splits.set(m.text, (split = splitMention(m.text)));
      if (!split) continue;
      const start = m.start + split.surnameStart;
      const end = m.start + split.surnameEnd;
      if (text.slice(start, end).length < 2) continue;
      out.push({ person, first: split.first, firstStart: split.first === null ? -1 : m.start + split.firstAt, surname: text.slice(start, end), start, end, titled: split.titled });
    }
  });
  return out;
}

/** A name's lower-case and squashed forms, computed once rather than at every comparison. */
interface Key {
  lower: string;
  squashed: string;
  /** How it sounds (soundOf), worked out only for a pair close in length. */
  sound?: string;
}

/**
 * How a name sounds, for spellings two letters apart that say it the same way ("Virdee"/"Virdi",
 * "Mackenzie"/"McKenzey"): doubled letters as one, a final long "ee" sound as "i", "ph" as "f", "ck" as "k", "mac" as "mc".
 */
const soundOf = (squashed: string): string =>
  squashed.replace(/^mac/, 'mc').replace(/ph/g, 'f').replace(/ck/g, 'k').replace(/(?:ee|ie|ey|ea|y)$/, 'i').replace(/(.)\1+/g, '$1');

const keyOf = (s: string): Key => ({ lower: s.toLowerCase(), squashed: squash(s) });
const soundKey = (k: Key): string => (k.sound ??= soundOf(k.squashed));

/** `b` is `a` with an "s" added. */
const plural = (a: string, b: string) => b.length === a.length + 1 && b.endsWith('s') && b.startsWith(a);

function isVariant(a: Key, b: Key, minLength = 5): boolean {
  if (a.lower === b.lower) return false;
  const x = a.squashed;
  const y = b.squashed;
  if (x === y) return true;
  if (Math.min(x.length, y.length) < minLength || plural(x, y) || plural(y, x)) return false;
  if (oneEditApart(x, y) || (Math.abs(x.length - y.length) <= 2 && x[0] === y[0] && soundKey(a) === soundKey(b))) return true;
  // "Ditchburn" / "Ditchbourne": two slips in a long name that starts the same; two people's names rarely come so close
  // "Mozumder" / "Majumder": two vowels or consonants spelt another way inside a long name that starts and ends the same
  return Math.min(x.length, y.length) >= LONG_NAME && (x.slice(0, 4) === y.slice(0, 4) || (x[0] === y[0] && x.slice(-3) === y.slice(-3))) && editDistance(x, y, 2) === 2;
}
const LONG_NAME = 8;

/** The form written most often; of two written as often, the one the article writes first (where it introduces the person). */
function majority(forms: Form[], pick: (f: Form) => string): string {
  const counts = new Map<string, { n: number; first: number }>();
  for (const f of forms) {
    const key = pick(f);
    const c = counts.get(key);
    if (!c) counts.set(key, { n: 1, first: f.start });
    else {
      c.n++;
      c.first = Math.min(c.first, f.start);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)[0][0];
}

export function findNameVariants(article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  const forms = formsOf(facts, text);
  if (!forms.length || forms.length > 5000) return [];
  const out: Diagnostic[] = [];
  const surnames = [...new Set(forms.map((f) => f.surname))];
  const keys = surnames.length <= 400 ? surnames.map(keyOf) : [];
  const titled = new Set(forms.filter((f) => f.titled).map((f) => f.surname));
  const flagged = new Set<number>();
  for (let i = 0; i < surnames.length; i++) {
    for (let j = i + 1; j < surnames.length && surnames.length <= 400; j++) {
      const [a, b] = [surnames[i], surnames[j]];
      // a four-letter surname with a letter added ("Ms Fahey" after "Noreen Fahy") where a title names either form
      if (!isVariant(keys[i], keys[j], a.length !== b.length && (titled.has(a) || titled.has(b)) ? 4 : 5)) continue;
      const fa = forms.filter((f) => f.surname === a);
      const fb = forms.filter((f) => f.surname === b);
      if (!fa.some((x) => fb.some((y) => firstNamesCompatible(x.first, y.first)))) continue;
      const best = majority([...fa, ...fb], (f) => f.surname);
      const model = [...fa, ...fb].find((f) => f.surname === best)!;
      const count = [...fa, ...fb].filter((f) => f.surname === best).length;
      for (const f of [...fa, ...fb]) {
        if (f.surname === best || flagged.has(f.start)) continue;
        flagged.add(f.start);
        out.push(makeDiagnostic(text, f.start, f.end, 'name-variant', 'warning',
          `“${f.surname}” here, but “${best}” in ${count} other mention${count === 1 ? '' : 's'}: one name written two ways.`,
          { suggestions: [best], related: [{ start: model.start, end: model.end, message: `written “${best}” here` }] }));
      }
    }
  }
  out.push(...firstNameVariants(forms, article, facts), ...scanNearMisses(article, forms, flagged));
  return out.sort((a, b) => a.start - b.start);
}

function sharedPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const ACADEMIC_BEFORE = /(?:^|[\s(])(?:Dr|Prof|Professor)\.?[ \u00a0]+$/;

/** "Dr" or "Professor" right before the first name at `firstStart`. */
function academicTitle(text: string, firstStart: number): boolean {
  return ACADEMIC_BEFORE.test(text.slice(Math.max(0, firstStart - 12), firstStart));
}

/**
 * "Philip Smith" and "Phillip Smith": a letter added, dropped or swapped, or two known spellings of one
 * name ("Stephen"/"Steven"); not "Mark" and "Mary", who may be two people.
 */
function firstNameVariants(forms: Form[], article: ArticleText, facts: ArticleFacts): Diagnostic[] {
  const text = article.text;
  const out: Diagnostic[] = [];
  const bySurname = new Map<string, Form[]>();
  for (const f of forms) if (f.first && f.first.length > 1 && /^\p{Lu}/u.test(f.first)) bySurname.set(squash(f.surname), [...(bySurname.get(squash(f.surname)) ?? []), f]);
  for (const list of bySurname.values()) {
    const firsts = [...new Set(list.map((f) => f.first!.toLowerCase()))];
    if (firsts.length < 2) continue;
    const best = majority(list, (f) => f.first!.toLowerCase());
    const model = list.find((f) => f.first!.toLowerCase() === best)!;
    for (const f of list) {
      const x = f.first!.toLowerCase();
      if (x === best) continue;
      // "Dr Naomi Pell" then "Dr Nina Pell": one academic title, one surname, one initial: one person renamed by a slip
      const sameDoctor = x[0] === best[0] && academicTitle(text, f.firstStart) && academicTitle(text, model.firstStart);
      // "Dr Rosalind Veldhuis" then, with no post of her own, "Rosamund Veldhuis": a first name that starts the same and ends another way
      // "Daniel Shaw and Daniela Shaw" named in one sentence are two people
      const sentence = sentenceIndexAt(article, f.start);
      if (list.some((g) => g.first!.toLowerCase() === best && Math.abs(g.start - f.start) < 400 && sentenceIndexAt(article, g.start) === sentence)) continue;
      const renamed = sharedPrefix(x, best) >= 4 && Math.min(x.length, best.length) >= 6 && !facts.people[f.person]?.roles.length;
      if (!sameGivenName(x, best) && !sameDoctor && !renamed) {
        if (firstNamesCompatible(x, best) || !oneEditApart(x, best)) continue;
        // a substituted letter ("Mark"/"Mary") may be two people, unless the surname is rare ("Karen"/"Karin Holloway-Achebe")
        if (x.length === best.length && [...x].filter((c, k) => c !== best[k]).length !== 2 && !distinctiveSurname(f.surname)) continue;
      }
      out.push(makeDiagnostic(text, f.firstStart, f.firstStart + f.first!.length, 'name-variant', 'warning',
        `“${f.first} ${f.surname}” here, but “${model.first} ${model.surname}” elsewhere: one first name written two ways.`,
        { suggestions: [model.first!], related: [{ start: model.firstStart, end: model.firstStart + model.first!.length, message: `written “${model.first}” here` }] }));
    }
  }
  return out;
}

// "the Scots said" is a people, not a misspelt "Scott".
const DETERMINER_BEFORE = /\b(?:the|a|an|these|those|many|some|all)[ \u00a0]+$/i;
const NAME_AFTER = /^(?:['’]s\b|[ \u00a0]+(?:said|says|added|told|explained|commented)\b)/;

/** Capitalised words one letter from a known surname, after a title or a known first name, or before "said". */
function scanNearMisses(article: ArticleText, forms: Form[], flagged: Set<number>): Diagnostic[] {
  const text = article.text;
  const known = new Map<string, { surname: string; firsts: Set<string>; model: Form; count: number }>();
  for (const f of forms) {
    if (/[\s\u00a0-]/.test(f.surname)) continue;
    const k = known.get(f.surname) ?? { surname: f.surname, firsts: new Set<string>(), model: f, count: 0 };
    k.count++;
    if (f.first) k.firsts.add(f.first.toLowerCase());
    known.set(f.surname, k);
  }
  const candidates = [...known.values()].filter((k) => k.surname.length >= 4).slice(0, 200);
  if (!candidates.length) return [];
  const candidateKeys = candidates.map((k) => keyOf(k.surname));
  // Only a surname within one letter of a word's length can be one edit from it.
  const byLength = new Map<number, number[]>();
  const nearInLength = (len: number): number[] => {
    let list = byLength.get(len);
    if (!list) {
      list = [];
      for (let c = 0; c < candidates.length; c++) if (Math.abs(candidates[c].surname.length - len) <= 1) list.push(c);
      byLength.set(len, list);
    }
    return list;
  };
  // The same capitalised words recur through an article: which surnames each is a variant of is worked out once.
  const variantsOf = new Map<string, number[]>();
  const covered = new Set(forms.map((f) => f.start));
  const allFirsts = new Set(forms.map((f) => f.first?.toLowerCase()).filter(Boolean));
  const out: Diagnostic[] = [];
  const toksOf = sentenceTokens(article);
  for (let si = 0; si < article.sentences.length; si++) {
    const s = article.sentences[si];
    const toks = toksOf[si];
    // The previous capitalised word, as a span of the sentence (-1: none yet), and where it ended in the document.
    let prevStart = -1;
    let prevStop = -1;
    let prevEnd = -1;
    const cursor: TokenCursor = { from: 0, i: 0 };
    for (let m = nextCapitalisedIn(s, toks, text, cursor); m; m = nextCapitalisedIn(s, toks, text, cursor)) {
      const { start: ms, end: me } = m;
      cursor.from = me;
      const at = s.start + ms;
      const len = me - ms;
      const adjacent = at - prevEnd <= 2;
      const ps = prevStart;
      const pe = prevStop;
      prevStart = ms;
      prevStop = me;
      prevEnd = at + len;
      // Strings are cut only for a word that may be a variant.
      if (len < 4 || covered.has(at) || flagged.has(at)) continue;
      const near = nearInLength(len);
      if (!near.length) continue;
      const t = s.text.slice(ms, me);
      if (known.has(t)) continue;
      let variantOf = variantsOf.get(t);
      if (!variantOf) {
        const key = keyOf(t);
        // a four-letter surname ("Pike"/"Pyke") too: here a title, a first name or "says" must stand beside the word
        variantOf = near.filter((c) => isVariant(key, candidateKeys[c], 4));
        variantsOf.set(t, variantOf);
      }
      if (!variantOf.length) continue;
      const prevWord = adjacent && ps >= 0 ? s.text.slice(ps, pe) : '';
      for (const c of variantOf) {
        const k = candidates[c];
        const bare = !DETERMINER_BEFORE.test(text.slice(Math.max(s.start, at - 8), at));
        const cue = TITLES.test(prevWord) || k.firsts.has(prevWord.toLowerCase()) || (bare && NAME_AFTER.test(text.slice(at + t.length, at + t.length + 12)));
        if (!cue || (allFirsts.has(t.toLowerCase()) && !TITLES.test(prevWord))) continue;
        flagged.add(at);
        // one mention each way, the unknown form first ("Abdikarim Yasin has managed ..." above a caption's "Abdikarim Yassin
        // says ..."): the later one is the slip, as in `majority`
        if (k.count === 1 && at < k.model.start && !flagged.has(k.model.start)) {
          flagged.add(k.model.start);
          out.push(makeDiagnostic(text, k.model.start, k.model.end, 'name-variant', 'warning',
            `“${k.surname}” here, but “${prevWord ? prevWord + ' ' : ''}${t}” earlier: one name written two ways.`,
            { suggestions: [t], related: [{ start: at, end: at + t.length, message: `written “${t}” here` }] }));
          break;
        }
        out.push(makeDiagnostic(text, at, at + t.length, 'name-variant', 'warning',
          `“${prevWord ? prevWord + ' ' : ''}${t}” here, but “${k.surname}” in ${k.count} other mention${k.count === 1 ? '' : 's'}: one name written two ways.`,
          { suggestions: [k.surname], related: [{ start: k.model.start, end: k.model.end, message: `written “${k.surname}” here` }] }));
        break;
      }
    }
  }
  return out;
}
