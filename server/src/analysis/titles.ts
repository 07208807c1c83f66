// Personal titles that stand before a name ("Mrs Westcott", "Cllr Scott", "Professor Eileen Munro").
// Peers and knights keep their title in a name given without a first name ("Lord Laming").

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'doctor', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'baroness', 'baron', 'viscount', 'earl', 'cllr', 'clr', 'coun', 'councillor', 'rev', 'revd', 'reverend',
  'canon', 'bishop', 'archbishop', 'rabbi', 'imam', 'judge', 'justice', 'det', 'insp', 'sgt', 'supt',
  'sergeant', 'constable',
  'ch', 'dc', 'ds', 'di', 'dci', 'dcs', 'pc', 'mp',
  // Plurals head lists in minutes ("Present: Councillors J. Smith (Chair), M. Jones").
  'councillors', 'cllrs', 'clrs', 'drs', 'profs', 'messrs',
]);

// Abbreviations and ranks that are too ambiguous on their own, accepted only with a period or a
// following capitalised name ("DC Smith" is a detective; "DCS" alone is a director of children's services).
// Of those, the ranks that are a person's title when a first name and a surname follow ("Judge Mairead Hegarty").
const RANKS = new Set(['judge', 'justice', 'canon', 'bishop']);
const WEAK = new Set(['ch', 'dc', 'ds', 'di', 'dci', 'dcs', 'pc', 'mp', 'det', ...RANKS]);

export function isRankBeforeName(lower: string): boolean {
  return RANKS.has(lower);
}

/** Titles with which a first name alone may follow ("Sir Alan", "Dame Christine"). */
const FIRST_NAME_TITLES = new Set(['sir', 'dame']);

export function isTitle(lower: string): boolean {
  return TITLES.has(lower) && !WEAK.has(lower);
}

export function takesFirstName(lower: string): boolean {
  return FIRST_NAME_TITLES.has(lower);
}

/** Titles that stay part of the name when no first name is known anywhere ("Lord Laming"). */
export function isPeerage(lower: string): boolean {
  return lower === 'lord' || lower === 'lady' || lower === 'baroness' || lower === 'baron' || lower === 'viscount' || lower === 'earl';
}
