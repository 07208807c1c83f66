// Files that are not articles but end up open as .txt anyway, and inputs built to stress every
// regular expression: shared by the bad-input matrix and the protocol survival tests.

/** A spreadsheet export saved as .txt: short cells, misspelt names, ids, dates, no sentences. */
export function csvText(rows: number): string {
  const slips = ['Smtih', 'Jnoh', 'recieved', 'Pterborough', 'goverment', 'acheive', 'seperate', 'Cuncil'];
  const lines = ['id,surname,forename,council,rating,inspected,notes'];
  for (let i = 1; i <= rows; i++) {
    const id = (i * 2654435761 >>> 0).toString(36);
    lines.push(`${i},${slips[i % 8]},${slips[(i + 3) % 8]},${slips[(i + 5) % 8]} Council,good,2024-0${(i % 9) + 1}-1${i % 10},${id} ${slips[(i + 1) % 8]}`);
  }
  return lines.join('\r\n') + '\r\n';
}

/** A server log saved as .txt: timestamps, levels, hosts, hex ids, and the odd misspelt word. */
export function logText(lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const hex = ((i * 40503) ^ 0x5bd1e995).toString(16);
    const ts = `2024-03-${String((i % 28) + 1).padStart(2, '0')}T12:${String(i % 60).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}Z`;
    out.push(`${ts} ERROR [worker-${i % 8}] conection refused host=db0${i % 3}.internal req=${hex} retrying in ${i % 500}ms; recieved ${i} bytes`);
  }
  return out.join('\n') + '\n';
}

export interface Pathological {
  name: string;
  /** The text at scale n (the stated size is 4n). */
  make: (n: number) => string;
  /** n, so that 4n is the size the matrix names. */
  n: number;
}

const CAPITALISED = ['Peterborough', 'Council', 'Sue', 'Westcott', 'Director', 'Ofsted', 'Children’s', 'Services', 'Mr', 'John', 'Smith', 'Zyxwv', 'SIGNIFICANT', 'Cabinet'];

const around = (inner: string) => `The council said on 3 March 2024 that Ofsted rated it ‘good’. ${inner} Mr John Smith agreed.`;

export const PATHOLOGICAL: Pathological[] = [
  { name: '100,000 capitalised words in a row', n: 25_000, make: (n) => around(Array.from({ length: n }, (_, i) => CAPITALISED[i % CAPITALISED.length]).join(' ')) },
  { name: '100,000 spaces', n: 25_000, make: (n) => around(' '.repeat(n)) },
  { name: '100,000 non-breaking spaces and tabs', n: 25_000, make: (n) => around('\u00a0\t'.repeat(n / 2)) },
  { name: '100,000 quotes of every kind', n: 25_000, make: (n) => around('’‘“”\'"'.repeat(n / 6)) },
  { name: '100,000 dashes and hyphens', n: 25_000, make: (n) => around('–—-'.repeat(n / 3)) },
  { name: '100,000 quote-dash-space runs', n: 25_000, make: (n) => around('‘ – ’ “-” '.repeat(n / 10)) },
  { name: '50,000 "Mr " in a row', n: 12_500, make: (n) => around('Mr '.repeat(n)) },
  { name: '50,000 "Mr. " in a row', n: 12_500, make: (n) => around('Mr. '.repeat(n)) },
  { name: '20,000 digits', n: 5_000, make: (n) => around('7'.repeat(n)) },
  { name: '20,000 years and months', n: 5_000, make: (n) => around('in January 2011, '.repeat(n / 4)) },
  { name: '100,000 line breaks', n: 25_000, make: (n) => around('\n'.repeat(n)) },
  { name: '100,000 full stops', n: 25_000, make: (n) => around('.'.repeat(n)) },
  { name: '20,000 misspelt lines, each with an in-text suppression', n: 5_000, make: (n) => around(Array.from({ length: n }, (_, i) => `\nTeh concil recieved it on day ${i}. inspection-lens-disable-line us-spelling`).join('') + '\n') },
  { name: '100,000 initials ("A. B. C.")', n: 25_000, make: (n) => around('A. '.repeat(n / 3)) },
];
