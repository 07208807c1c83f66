// Words of children's services and local government that the general en-GB dictionary lacks.
// ALL-CAPS acronyms (DCS, SEND, CAMHS, LADO) and mixed-case ones (DfE, SENCo) never reach this
// list: the spelling check treats them as acronyms or names by their shape.

const TERMS = [
  // bodies and their possessives are handled by the caller stripping "'s"
  'ofsted', 'ofqual', 'ofwat', 'ofcom', 'ofgem', 'cafcass', 'barnardo', 'nspcc', 'whitehall',
  // titles and abbreviations ("Clr" vs "Cllr" is a variant question, not a spelling one)
  'cllr', 'cllrs', 'clr', 'clrs', 'plc', 'ie', 'eg', 'govt', 'dept', 'depts', 'asst', 'dems', 'tories',
  // practice and management vocabulary
  'caseload', 'caseloads', 'casework', 'safeguarding', 'safeguarder', 'safeguarders', 'wellbeing',
  'multiagency', 'outturn', 'outturns', 'underspend', 'underspends', 'underspent', 'overspend', 'overspends',
  'upskill', 'upskilling', 'upskilled', 'coproduction', 'coproduced', 'stepdown', 'frontline', 'elearning',
  'deputyship', 'academisation', 'academised', 'reinspection', 'reinspections', 'reinspected', 'reinspect',
  'councillorship', 'recruitments', 'judgment', 'judgments', 'childminder', 'childminders', 'childminding',
  'headteacher', 'headteachers', 'careleaver', 'careleavers', 'sats', 'neet', 'neets', 'signposting',
  'homefinding', 'placements', 'unregulated', 'unregistered', 'permanency', 'permanence',
  'reunification', 'deprivations', 'exploitations', 'preventative', 'preventive', 'inclusivity',
  'timeliness', 'timescale', 'timescales', 'benchmarking', 'benchmarked', 'uplift', 'uplifts',
  'onboarding', 'offboarding', 'stakeholder', 'stakeholders', 'workstream', 'workstreams',
  'practitioner', 'practitioners', 'interims', 'reoffending', 'reoffend', 'reoffended', 'reoffender', 'reoffenders',
  'neurodiverse', 'neurodivergent', 'neurodiversity', 'nonbinary', 'misgendering', 'sextortion',
  // a spelling British dictionaries give beside the one the dictionary has ("queuing")
  'queueing',
  // landscape words of British places ("chalk downland")
  'downland', 'downlands',
  // general news words newer than the dictionary
  'cyberbullying', 'lockdown', 'lockdowns', 'covid', 'brexit', 'vlog', 'vlogs', 'vlogger', 'livestream',
  'livestreamed', 'livestreams', 'webpage', 'webpages', 'whistleblower', 'whistleblowers', 'whistleblowing',
  'roadmap', 'roadmaps', 'rollout', 'rollouts', 'pushback', 'podcasts', 'upskills', 'newsdesk', 'newsdesks', 'eco',
  // a newsroom's own names for what it publishes
  'explainer', 'explainers', 'standfirst', 'standfirsts', 'paywall', 'paywalled', 'liveblog', 'liveblogs', 'subeditor', 'subeditors',
  // Parliament's own words, for debates and answers reported or copied from the official record
  'hansard', 'chairship', 'convenor', 'convenors', 'backbencher', 'backbenchers', 'frontbencher', 'frontbenchers',
];

export const SECTOR_TERMS: ReadonlySet<string> = new Set(TERMS);

/** Prefixes that are words only as the first part of a hyphenated compound ("pre-birth", "co-ordinator"). */
export const COMPOUND_PREFIXES: ReadonlySet<string> = new Set(['pre', 'de', 'un', 'tri', 'socio', 'eco', 'cyber', 'co', 're', 'ex', 'e', 't', 'u', 'x']);

/**
 * Common words that this genre capitalises mid-sentence in titles and the names of bodies
 * ("Executive Director of Children's Services", "the Government"). A capitalised word one edit
 * from one of these is a misspelling ("Servcies", "Goverment"); one edit from any other common
 * word it is more likely a name (Stockport/stockpot, Carter/crater).
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'government', 'council', 'councils', 'councillor', 'councillors', 'county', 'borough', 'city', 'district',
  'metropolitan', 'authority', 'authorities', 'department', 'directorate', 'director', 'directors', 'deputy',
  'assistant', 'executive', 'chief', 'service', 'services', 'children', "children's", 'families', 'family',
  'education', 'social', 'care', 'health', 'safeguarding', 'partnership', 'board', 'committee', 'cabinet',
  'member', 'portfolio', 'leader', 'secretary', 'minister', 'ministry', 'parliament', 'commissioner',
  'commission', 'inspectorate', 'inspection', 'inspector', 'inspectors', 'improvement', 'plan', 'programme',
  'report', 'review', 'trust', 'agency', 'office', 'court', 'tribunal', 'school', 'schools', 'college',
  'university', 'academy', 'hospital', 'police', 'constabulary', 'team', 'unit', 'panel', 'scrutiny',
  'strategic', 'corporate', 'people', 'communities', 'community', 'adult', 'adults', 'young', 'learning',
  'needs', 'special', 'educational', 'disabilities', 'early', 'help', 'youth', 'offending', 'fostering',
  'adoption', 'residential', 'national', 'local', 'regional', 'association', 'federation', 'society',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
