// Matching of one article's predicted analysis against its gold (rules in eval/README.md).
// Every function is one-to-one and greedy, best candidate first, so a prediction is counted once.
import { GoldArticle, GoldDate, GoldPerson, GoldSpan } from './gold';
import { normaliseName, oneOf, overlapLength, overlaps, rolesMatch } from './normalise';

export interface PredSpan { start: number; end: number; text: string }
export interface PredPerson {
  name: string;
  aliases?: string[];
  roles: string[];
  roleMentions?: { role: string; former: boolean }[];
}
export interface PredRating extends PredSpan { grade: string; status: string; subject: string | null; date: string | null }
export interface PredDate extends PredSpan { resolved: string | null }
export interface PredDiagnostic extends PredSpan { code: string; message?: string }
export interface PredArticle {
  file: string;
  articleDate: string | null;
  people: PredPerson[];
  ratings: PredRating[];
  dates: PredDate[];
  diagnostics: PredDiagnostic[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Agreement { right: number; total: number }
export interface EvalError { article: string; category: string; kind: string; text: string; expected: string; got: string }

export interface ArticleScore {
  people: Counts;
  roles: Counts;
  roleFormer: Agreement;
  ratings: Counts;
  ratingStatus: Agreement;
  ratingDate: Agreement;
  /** Same, counting a date that is the other made more or less precise ("2019" and "2019-01") as right. */
  ratingDateCompatible: Agreement;
  dates: Counts;
  datesResolved: Counts;
  dateResolved: Agreement;
  diagnostics: Counts;
  articleDate: Agreement;
  falseAlarmCodes: Record<string, number>;
  errors: EvalError[];
}

export const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
export const none = (): Agreement => ({ right: 0, total: 0 });

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function goldKeys(g: GoldPerson): Set<string> {
  return new Set([g.name, ...g.aliases].map(normaliseName));
}

/** Pairs each predicted person with a gold person whose name or alias equals its canonical name. */
export function matchPeople(gold: GoldPerson[], pred: PredPerson[]): Map<number, number> {
  const pairs = new Map<number, number>(); // pred index -> gold index
  const taken = new Set<number>();
  const keys = gold.map(goldKeys);
  // Exact canonical names first, so an alias match cannot steal a person another prediction names fully.
  for (const pass of ['name', 'alias'] as const) {
    pred.forEach((p, i) => {
      if (pairs.has(i)) return;
      const n = normaliseName(p.name);
      const g = gold.findIndex((gp, j) => !taken.has(j) && (pass === 'name' ? normaliseName(gp.name) === n : keys[j].has(n)));
      if (g >= 0) {
        pairs.set(i, g);
        taken.add(g);
      }
    });
  }
  return pairs;
}

/** Greedy one-to-one span pairing: for each gold span, the compatible unpaired prediction with the largest overlap. */
export function pairSpans<G extends GoldSpan, P extends PredSpan>(gold: G[], pred: P[], compatible: (g: G, p: P) => boolean): Map<number, number> {
  const pairs = new Map<number, number>(); // gold index -> pred index
  const used = new Set<number>();
  const order = gold.map((_, i) => i).sort((a, b) => Number(!!gold[a].optional) - Number(!!gold[b].optional));
  for (const gi of order) {
    const g = gold[gi] as G & { start: number; end: number };
    let best = -1;
    let bestLen = -1;
    pred.forEach((p, pi) => {
      if (used.has(pi) || !overlaps(g, p) || !compatible(g, p)) return;
      const len = overlapLength(g, p);
      if (len > bestLen) { best = pi; bestLen = len; }
    });
    if (best >= 0) { pairs.set(gi, best); used.add(best); }
  }
  return pairs;
}

function countSpans<G extends GoldSpan, P extends PredSpan>(
  article: string, category: string, gold: G[], pred: P[], pairs: Map<number, number>, counts: Counts, errors: EvalError[],
  describeGold: (g: G) => string, describePred: (p: P) => string, uncounted: Set<number> = new Set(),
): void {
  const paired = new Set([...pairs.values(), ...uncounted]);
  gold.forEach((g, gi) => {
    if (pairs.has(gi)) { if (!g.optional) counts.tp++; return; }
    if (g.optional) return;
    counts.fn++;
    const near = pred.find((p) => overlaps(g as G & PredSpan, p));
    errors.push({ article, category, kind: 'missed', text: g.text, expected: describeGold(g), got: near ? describePred(near) : 'nothing' });
  });
  pred.forEach((p, pi) => {
    if (paired.has(pi)) return;
    counts.fp++;
    errors.push({ article, category, kind: 'false', text: p.text, expected: 'nothing', got: describePred(p) });
  });
}

/**
 * Unpaired predicted dates that are the other end of a range annotated as one span with both values ("2015 to 2021",
 * resolved ["2015", "2021"]) and already paired with its first end: the range told as two dates, not a false one.
 */
function rangeEnds(gold: GoldDate[], pred: PredDate[], pairs: Map<number, number>): Set<number> {
  const used = new Set(pairs.values());
  const out = new Set<number>();
  for (const gi of pairs.keys()) {
    const g = gold[gi] as GoldDate & { start: number; end: number };
    if (!Array.isArray(g.resolved) || g.resolved.length < 2) continue;
    pred.forEach((p, pi) => {
      if (!used.has(pi) && !out.has(pi) && p.start >= g.start && p.end <= g.end && oneOf(g.resolved, p.resolved)) out.add(pi);
    });
  }
  return out;
}

function formerOf(p: PredPerson, role: string): boolean | undefined {
  const ms = (p.roleMentions ?? []).filter((m) => m.role === role);
  return ms.length ? ms.some((m) => m.former) : undefined;
}

function scorePeople(article: string, gold: GoldArticle, pred: PredArticle, s: ArticleScore): void {
  const pairs = matchPeople(gold.people, pred.people);
  const matchedGold = new Set(pairs.values());
  pred.people.forEach((p, pi) => {
    const gi = pairs.get(pi);
    const g = gi === undefined ? undefined : gold.people[gi];
    if (g?.optional) return;
    if (g) s.people.tp++;
    else {
      s.people.fp++;
      s.errors.push({ article, category: 'people', kind: 'false', text: p.name, expected: 'nothing', got: `person "${p.name}"` });
    }
    const goldRoles = g ? g.roles : [];
    const usedGold = new Set<number>();
    for (const role of new Set(p.roles)) {
      const order = goldRoles.map((_, j) => j).sort((a, b) => Number(!!goldRoles[a].optional) - Number(!!goldRoles[b].optional));
      const j = order.find((k) => !usedGold.has(k) && rolesMatch(goldRoles[k].role, role));
      if (j === undefined) {
        s.roles.fp++;
        s.errors.push({ article, category: 'roles', kind: 'false', text: role, expected: g ? `roles of ${g.name}: ${goldRoles.map((r) => r.role).join('; ') || 'none'}` : 'not a person', got: `${p.name}: "${role}"` });
        continue;
      }
      usedGold.add(j);
      if (!goldRoles[j].optional) s.roles.tp++;
      const former = formerOf(p, role);
      if (goldRoles[j].former !== undefined && former !== undefined) {
        s.roleFormer.total++;
        if (former === goldRoles[j].former) s.roleFormer.right++;
        else s.errors.push({ article, category: 'role-former', kind: 'wrong', text: role, expected: `former=${goldRoles[j].former}`, got: `former=${former}` });
      }
    }
    goldRoles.forEach((r, j) => {
      if (usedGold.has(j) || r.optional) return;
      s.roles.fn++;
      s.errors.push({ article, category: 'roles', kind: 'missed', text: r.role, expected: `${g!.name}: "${r.role}"`, got: `roles: ${p.roles.join('; ') || 'none'}` });
    });
  });
  gold.people.forEach((g, gi) => {
    if (matchedGold.has(gi) || g.optional) return;
    s.people.fn++;
    s.errors.push({ article, category: 'people', kind: 'missed', text: g.name, expected: `person "${g.name}"`, got: 'nothing' });
    for (const r of g.roles) {
      if (r.optional) continue;
      s.roles.fn++;
      s.errors.push({ article, category: 'roles', kind: 'missed', text: r.role, expected: `${g.name}: "${r.role}"`, got: 'person not found' });
    }
  });
}

export function scoreArticle(gold: GoldArticle, pred: PredArticle): ArticleScore {
  const s: ArticleScore = {
    people: zero(), roles: zero(), roleFormer: none(), ratings: zero(), ratingStatus: none(), ratingDate: none(), ratingDateCompatible: none(),
    dates: zero(), datesResolved: zero(), dateResolved: none(), diagnostics: zero(), articleDate: none(), falseAlarmCodes: {}, errors: [],
  };
  const a = gold.file;
  s.articleDate.total = 1;
  if (pred.articleDate === gold.articleDate) s.articleDate.right = 1;
  else s.errors.push({ article: a, category: 'articleDate', kind: 'wrong', text: '', expected: String(gold.articleDate), got: String(pred.articleDate) });

  scorePeople(a, gold, pred, s);

  const rPairs = pairSpans(gold.ratings, pred.ratings, (g, p) => g.grade === p.grade);
  countSpans(a, 'ratings', gold.ratings, pred.ratings, rPairs, s.ratings, s.errors,
    (g) => `${g.grade} (${Array.isArray(g.status) ? g.status.join('|') : g.status})`, (p) => `${p.grade} (${p.status}) "${p.text}"`);
  for (const [gi, pi] of rPairs) {
    const g = gold.ratings[gi];
    const p = pred.ratings[pi];
    if (g.optional) continue;
    s.ratingStatus.total++;
    if (oneOf(g.status, p.status as never)) s.ratingStatus.right++;
    else s.errors.push({ article: a, category: 'rating-status', kind: 'wrong', text: g.text, expected: String(g.status), got: p.status });
    if (g.date !== null) {
      s.ratingDate.total++;
      s.ratingDateCompatible.total++;
      if (p.date !== null && (p.date.startsWith(g.date) || g.date.startsWith(p.date))) s.ratingDateCompatible.right++;
      if (p.date === g.date) s.ratingDate.right++;
      else s.errors.push({ article: a, category: 'rating-date', kind: 'wrong', text: g.text, expected: g.date, got: String(p.date) });
    }
  }

  const dPairs = pairSpans(gold.dates, pred.dates, () => true);
  countSpans(a, 'dates', gold.dates, pred.dates, dPairs, s.dates, s.errors,
    (g) => `date -> ${JSON.stringify(g.resolved)}`, (p) => `"${p.text}" -> ${p.resolved}`, rangeEnds(gold.dates, pred.dates, dPairs));
  s.datesResolved.fp = s.dates.fp;
  s.datesResolved.fn = s.dates.fn;
  for (const [gi, pi] of dPairs) {
    const g = gold.dates[gi];
    const p = pred.dates[pi];
    if (g.optional) continue;
    s.dateResolved.total++;
    if (oneOf(g.resolved, p.resolved)) { s.dateResolved.right++; s.datesResolved.tp++; }
    else {
      // A wrongly resolved date is both a miss of the right value and a claim of a wrong one.
      s.datesResolved.fp++;
      s.datesResolved.fn++;
      s.errors.push({ article: a, category: 'date-resolved', kind: 'wrong', text: p.text, expected: JSON.stringify(g.resolved), got: String(p.resolved) });
    }
  }

  const xPairs = pairSpans(gold.diagnostics, pred.diagnostics, (g, p) => oneOf(g.code, p.code));
  countSpans(a, 'diagnostics', gold.diagnostics, pred.diagnostics, xPairs, s.diagnostics, s.errors,
    (g) => String(g.code), (p) => `${p.code}: ${p.message ?? ''}`.trim());
  const paired = new Set(xPairs.values());
  pred.diagnostics.forEach((p, pi) => {
    if (!paired.has(pi)) s.falseAlarmCodes[p.code] = (s.falseAlarmCodes[p.code] ?? 0) + 1;
  });
  return s;
}
