// Bodies of the children's services sector named often enough to know by sight, with the
// canonical name each short form stands for. Other organisations are found by their endings.

/** Single words and acronyms, matched case-sensitively on the written form. */
export const KNOWN_WORDS: ReadonlyMap<string, string> = new Map([
  ['Ofsted', 'Ofsted'], ['OFSTED', 'Ofsted'], ['Ofqual', 'Ofqual'],
  ['CQC', 'Care Quality Commission'],
  ['DfE', 'Department for Education'], ['DFE', 'Department for Education'],
  ['DfES', 'Department for Education and Skills'], ['DCSF', 'Department for Children, Schools and Families'],
  ['DHSC', 'Department of Health and Social Care'],
  ['LGA', 'Local Government Association'],
  ['ADCS', "Association of Directors of Children's Services"],
  ['NSPCC', 'NSPCC'], ['NHS', 'NHS'], ['Cafcass', 'Cafcass'], ['CAFCASS', 'Cafcass'],
  ['Barnardo', "Barnardo's"], ['Unicef', 'Unicef'], ['UNICEF', 'Unicef'],
  ['HMIP', 'HM Inspectorate of Probation'], ['HMICFRS', 'HM Inspectorate of Constabulary and Fire & Rescue Services'],
  ['Whitehall', 'Government'],
]);

/** Multi-word names accepted even though every word in them is a common one. */
export const KNOWN_NAMES: ReadonlyMap<string, string> = new Map(
  [
    'Local Government Association', 'Department for Education', 'Department of Health', 'Department of Health and Social Care',
    'Care Quality Commission', 'National Health Service', 'Home Office', 'Ministry of Justice', 'Cabinet Office',
    'Youth Justice Board', 'Social Work England', 'Children and Family Court Advisory and Support Service',
    "Children's Society", 'Action for Children', 'National Children\'s Bureau', 'Family Rights Group',
    'Health and Care Professions Council', 'General Social Care Council', 'Children\'s Commissioner',
  ].map((n) => [n.toLowerCase(), n]),
);

/** Organisation words that take their subject after them ("Department for Education", "Office of ..."). */
export const TAKES_COMPLEMENT = new Set([
  'department', 'ministry', 'office', 'commission', 'council', 'association', 'society', 'institute',
  'foundation', 'trust', 'federation', 'alliance', 'network', 'agency', 'board', 'bureau',
]);
