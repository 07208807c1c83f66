// The benchmark corpus, made from seeds/: one ~1 MB document and a workspace of varied articles.
// Copies are varied (people, places, years, months, figures) rather than pasted verbatim, because
// the text pass marks a repeated line as boilerplate: a verbatim 1 MB paste would be mostly skipped
// and would flatter every stage. Deterministic (seeded PRNG), so runs are comparable.
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, __dirname.includes(`${path.sep}out${path.sep}`) ? '../..' : '..');
export const SEEDS = path.join(ROOT, 'seeds');
export const CORPUS = path.join(ROOT, 'bench', 'corpus');
export const MB = 1 << 20;

export function readSeeds(): string[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

// The people, towns and counties the seeds name; each variant maps them to others.
const SEED_PEOPLE = [
  ['Sue', 'Westcott'], ['Sheila', 'Scott'], ['Malcolm', 'Newsam'], ['John', 'Richards'], ['Tyler', 'Whelan'],
  ['Elvis', 'Lee'], ['Wendi', 'Ogle-Welbourn'], ['Janaki', 'Mahadevan'], ['Adrian', 'Loades'], ['Stewart', 'Jackson'],
] as const;
const SEED_TOWNS = ['Peterborough'];
const SEED_COUNTIES = ['Cambridgeshire', 'Bedfordshire', 'Lincolnshire'];

const FIRST = ['Alison', 'Brian', 'Catherine', 'David', 'Eleanor', 'Fiona', 'Gareth', 'Helen', 'Imran', 'Jane', 'Kevin',
  'Linda', 'Mark', 'Nadia', 'Owen', 'Priya', 'Rachel', 'Simon', 'Tariq', 'Ursula', 'Victoria', 'William', 'Yasmin', 'Zoe',
  'Andrew', 'Bernadette', 'Colin', 'Deborah', 'Edward', 'Gillian', 'Harriet', 'Ian', 'Julian', 'Karen', 'Lorraine', 'Martin'];
const LAST = ['Abbott', 'Bradshaw', 'Chaudhry', 'Dawson', 'Ellison', 'Fairclough', 'Gallagher', 'Hughes', 'Iqbal', 'Jenkins',
  'Kaur', 'Lawrence', 'McAllister', 'Norbury', "O'Connell", 'Pemberton', 'Quinn', 'Rowlands', 'Sutcliffe', 'Thornton',
  'Underwood', 'Vickers', 'Whitfield', 'Yardley', 'Ashworth', 'Brennan', 'Cartwright', 'Dunmore', 'Fenwick', 'Hargreaves',
  'Kowalski', 'Lindqvist', 'Mbeki-Jones', 'Nakamura', 'Okonkwo', 'Pritchard', 'Radcliffe', 'Stanhope', 'Tennant', 'Wainwright'];
const TOWNS = ['Doncaster', 'Rotherham', 'Sandwell', 'Bradford', 'Slough', 'Torbay', 'Croydon', 'Sunderland', 'Leicester',
  'Derby', 'Plymouth', 'Swindon', 'Luton', 'Reading', 'Wakefield', 'Barnsley', 'Walsall', 'Wolverhampton', 'Coventry',
  'Medway', 'Thurrock', 'Southend', 'Bristol', 'Nottingham', 'Portsmouth', 'Southampton', 'Oldham', 'Rochdale', 'Bolton',
  'Wigan', 'Salford', 'Stockport', 'Middlesbrough', 'Hartlepool', 'Blackpool', 'Warrington', 'Telford', 'Milton Keynes'];
const COUNTIES = ['Norfolk', 'Suffolk', 'Essex', 'Kent', 'Surrey', 'Devon', 'Somerset', 'Lancashire', 'Cumbria', 'Durham',
  'Hertfordshire', 'Oxfordshire', 'Leicestershire', 'Nottinghamshire', 'Derbyshire', 'Staffordshire', 'Shropshire',
  'Worcestershire', 'Wiltshire', 'Dorset', 'Northamptonshire', 'Buckinghamshire', 'Gloucestershire', 'Cornwall'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const cap = (s: string) => s.toUpperCase();

// Wording that can change without breaking the grammar, so copies of a line differ.
const SYNONYMS: Record<string, string[]> = {
  said: ['said', 'says', 'added', 'stated'],
  department: ['department', 'service', 'directorate'],
  council: ['council', 'authority', 'local authority'],
  staff: ['staff', 'workers', 'employees'],
  very: ['very', 'really', 'extremely'],
  report: ['report', 'inspection report', 'judgement'],
  also: ['also', 'further', 'likewise'],
  important: ['important', 'significant', 'vital'],
  quickly: ['quickly', 'rapidly', 'swiftly'],
  number: ['number', 'count', 'total'],
  However: ['However', 'But', 'Still'],
  improve: ['improve', 'get better', 'strengthen'],
  city: ['city', 'area', 'borough'],
  children: ['children', 'young people', 'youngsters'],
  work: ['work', 'effort', 'activity'],
  made: ['made', 'achieved', 'delivered'],
  inspectors: ['inspectors', 'the inspectors', 'the inspection team'],
  serious: ['serious', 'grave', 'significant'],
};
const SYNONYM_RE = new RegExp(`\\b(?:${Object.keys(SYNONYMS).join('|')})\\b(?![’'])`, 'g');

/** Per line: synonyms drawn afresh, and about a third of lines joined to the next (paragraphs reflowed). */
function varyWording(text: string, r: () => number, straightQuotes: boolean): string {
  const lines = text.split('\n').map((line) => line.replace(SYNONYM_RE, (w) => pick(r, SYNONYMS[w])));
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length - 1;
    if (prev >= 0 && out[prev].trim() && line.trim() && r() < 0.35) out[prev] = `${out[prev].trimEnd()} ${line.trimStart()}`;
    else out.push(line);
  }
  const joined = out.join('\n');
  return straightQuotes ? joined.replace(/[’‘]/g, "'").replace(/[“”]/g, '"') : joined;
}

/**
 * One variant of an article: every seed person, town and county swapped for another (consistently
 * within the article, ALL-CAPS forms too), years shifted together, months rotated, other figures
 * redrawn with the same number of digits (one regex pass, so replacements never chain); then common
 * words swapped for synonyms line by line, some lines joined, and sometimes straight quotes for curly.
 */
export function varyArticle(text: string, r: () => number): string {
  const map = new Map<string, string>();
  for (const [first, last] of SEED_PEOPLE) {
    const f = pick(r, FIRST);
    const l = pick(r, LAST);
    map.set(first, f).set(cap(first), cap(f)).set(last, l).set(cap(last), cap(l));
  }
  for (const t of SEED_TOWNS) map.set(t, pick(r, TOWNS)).set(cap(t), cap(map.get(t)!));
  for (const c of SEED_COUNTIES) map.set(c, pick(r, COUNTIES));
  const monthShift = r() < 0.5 ? 0 : 1 + Math.floor(r() * 11);
  MONTHS.forEach((m, i) => map.set(m, MONTHS[(i + monthShift) % 12]));
  const yearShift = Math.floor(r() * 10) - 3;
  const words = [...map.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-']/g, '\\$&'));
  const re = new RegExp(`\\b(?:${words.join('|')})\\b|\\d+`, 'g');
  const varied = text.replace(re, (m, offset: number) => {
    const swapped = map.get(m);
    if (swapped !== undefined) return swapped;
    if (/^(19|20)\d\d$/.test(m)) return String(Number(m) + yearShift);
    const before = text.slice(Math.max(0, offset - 10), offset);
    if (/[A-Z][a-z]+ $/.test(before) && MONTHS.some((mo) => before.endsWith(`${mo} `))) return String(1 + Math.floor(r() * 28));
    if (m.length === 1) return String(1 + Math.floor(r() * 9));
    return String(Math.floor(10 ** (m.length - 1) * (1 + r() * 9)));
  });
  return varyWording(varied, r, r() < 0.3);
}

/** Varied copies of the seeds, in turn, joined by blank lines until the UTF-8 size reaches `bytes`. */
export function buildLargeDocument(bytes = MB, seed = 1): string {
  const seeds = readSeeds();
  const r = rng(seed);
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = varyArticle(seeds[i % seeds.length], r);
    parts.push(part);
    size += Buffer.byteLength(part, 'utf8') + 2;
  }
  return parts.join('\n\n');
}

/** Writes `count` varied articles to `dir` (emptied first); returns the file paths. */
export function writeWorkspace(dir: string, count = 2000, seed = 2): string[] {
  const seeds = readSeeds();
  const r = rng(seed);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `article_${String(i).padStart(4, '0')}.txt`);
    fs.writeFileSync(file, varyArticle(seeds[i % seeds.length], r));
    files.push(file);
  }
  return files;
}
