// Words of job titles: what heads a role ("director", "MP"), what may stand inside one, and what
// ends one. Lists of general English function words and sector vocabulary, not of any article's names.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** The noun a role is named by. */
export const HEADS = words(`
director head member manager officer executive chief leader chair chairman chairwoman chairperson
secretary minister inspector commissioner spokesman spokeswoman spokesperson mayor councillor president
boss headteacher headmaster headmistress principal governor adviser advisor consultant troubleshooter
lead editor reporter correspondent clerk solicitor barrister counsel judge coroner superintendent constable worker
nurse teacher campaigner founder trustee holder champion coordinator co-ordinator administrator analyst
researcher professor lecturer representative official psychologist therapist ombudsman registrar tsar
czar deputy controller convenor treasurer auditor economist chancellor paediatrician pediatrician
psychiatrist surgeon doctor practitioner specialist midwife magistrate detective academic journalist
columnist writer author broadcaster photographer carer reviewer scrutineer investigator assessor
assistant organiser organizer individual
`);

/** Role heads written as acronyms ("Peterborough MP", "Labour MEP"). */
export const ACRONYM_HEADS = words('MP MEP MSP AM CEO DCS DfE'.toLowerCase());

/** Words dropped from a role: they say when it was taken, not what it is. */
export const STRIP = words('new recently-appointed newly-appointed recently-installed newly-installed incoming');
/** Words that make a role one held before. */
export const FORMER = words('former ex then previous erstwhile one-time onetime retired');

/** Sector words written inside roles, lowercased in the role string ("Children's Services head"). */
export const ROLE_WORDS = words(`
children's children services service social care education skills learning schools school families
family communities community people people's young adults adult health safeguarding wellbeing early
help youth public protection quality improvement performance partnerships partnership operations
strategy policy practice resources finance housing commissioning cabinet portfolio interim acting
assistant executive strategic corporate senior principal joint group independent local national
regional area city county borough council authority permanent temporary substantive shadow opposition
development planning transformation inclusion needs special disabilities send standards inspection
integrated combined united registered accredited designated assurance democratic business support
advanced trainee graduate apprentice
inspections inspector reviewing review conference child protection looked-after leaving leavers virtual
school's fostering adoption residential legal governance communications press human workforce
director head member manager officer chief leader chair secretary minister commissioner lead deputy
state
`);

/** Possessive words that belong inside a role rather than naming its organisation. */
export const ROLE_POSSESSIVES = words("children people young women men adults");

/** Words that can never be inside a role: function words, reporting verbs, common verbs. */
export const STOP = words(`
the a an this that these those his her their its our my your whose who whom which what when where
why how whereas while whilst because although though if unless until since after before following
during under with without within including like as by from to in on at into onto upon over about
against among amongst between than via per plus despite but or nor so yet and is was are were be been
being am has have had having will would can could should may might must shall do does did done said
says say told tells tell added adds explained stated confirmed announced revealed described believes
believed thinks thought met meet meets saw see sees seen also not now still just only even already
here there it he she they we you i him them us me one two three four five six seven eight nine ten
all both each every some any many most more much other another such same last next first second
yesterday today tomorrow week month year years months weeks days day ago earlier later recently
previously formerly currently now then went go goes going came come comes took take takes taken give
gives gave given make makes made get gets got let lets put puts asked asks according
`);

export function isHead(lower: string, allCaps: boolean): boolean {
  if (HEADS.has(lower) || (allCaps && ACRONYM_HEADS.has(lower))) return true;
  // "vice-chair", "co-director", "sub-editor": a prefixed head is still a head
  const dash = lower.lastIndexOf('-');
  return dash > 0 && HEADS.has(lower.slice(dash + 1));
}

/** A lowercase past-tense or participle verb ("congratulated", "seconded"), which ends a role. */
export function isVerbLike(text: string, lower: string): boolean {
  if (text !== lower || lower.includes('-')) return false;
  if (ROLE_WORDS.has(lower) || HEADS.has(lower)) return false;
  return lower.length > 4 && lower.endsWith('ed');
}
