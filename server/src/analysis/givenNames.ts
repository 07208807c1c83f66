// A general list of common given names in British news (English, Scottish, Welsh, Irish, and
// names common in British South Asian, African and Caribbean families). One cue among several:
// a capitalised pair that starts with one of these is a person unless another cue says otherwise.
// Words that are more often ordinary words at a sentence start ("Will", "May", "Hope") are left out.

const NAMES = `
aaron abdul abigail adam adrian ahmed aidan aileen aisha alan alastair albert alex alexander alexandra
alfie alfred ali alice alison alistair amanda amber amelia amir amy andrea andrew andy angela angus anil
anita ann anna anne annette anthony antony anya arthur asha ashley aziz barbara barry beatrice becky ben
benjamin bernadette bernard beth bethan betty beverley bill billy bob bobby brenda brendan brian bridget
bruce bryan callum cameron carl carla carol caroline carolyn catherine cathy cecilia charles charlie
charlotte chloe chris christian christine christopher claire clare colin connor conor craig dan daniel
danielle darren dave david dawn dean debbie deborah declan deepak denise dennis derek diana diane dominic
donald donna doreen dorothy douglas duncan dylan eamonn ed eddie edward eileen elaine eleanor elizabeth
ella ellie elliot elvis emily emma eric erica ethan eve evelyn faisal farah fatima fiona frances francis
frank fred freddie freya gail gareth garry gary gavin gemma geoff geoffrey george georgia gerald gerry
gillian gina glen glenn gordon graeme graham greg gregory gwen hannah harold harriet harry hassan hayley
heather helen henry hilary holly howard hugh hussein iain ian imran irene isaac isabel isabella isla ivan
jack jackie jacob jacqueline jade jake james jamie jan jane janet janice jasmine jason jay jayne jean
jeff jeffrey jennifer jenny jeremy jessica jill jim jimmy jo joan joanna joanne jodie joe joel john
johnny jon jonathan jordan joseph josephine josh joshua joy joyce judith judy julia julian julie june
justin kamal karen karl kate katherine kathleen kathryn kathy katie kay keith kelly kenneth kerry kevin
khalid kim kirsty kyle laura lauren lawrence leah lee leigh leo leon leonard lesley leslie lewis liam
lily linda lindsay lisa liz lorna lorraine louis louise lucy luke lynda lynn lynne madeleine maggie
malcolm mandy manuel margaret maria marie marion mark martin martyn mary matt matthew maureen max megan
melanie melissa michael michaela michelle mike mohammed mohammad muhammad molly monica nadia naomi
natalie natasha neil nicholas nichola nick nicky nicola nigel nina noel norman olive oliver olivia omar
owen paddy pamela patricia patrick paul paula pauline peter phil philip philippa phillip phoebe pippa
polly priya rachael rachel raj rajesh ralph ravi ray raymond rebecca rhys richard rick rita rob robert
robin rod roger ronald ronnie rory rosemary ross roy ruby rupert russell ruth ryan sajid sally sam
samantha samuel sandra sara sarah scott sean seamus shahid sharon shaun sheila shirley sian simon sonia
sophie stacey stanley stella stephanie stephen steve steven stewart stuart sue susan suzanne tanya
teresa terry theresa thomas tim timothy tina toby tom tommy tony tracey tracy trevor tyler valerie
vanessa vicky victor victoria vikram vincent violet vivienne wayne wendy william yasmin yvonne zara zoe
`;

const GIVEN = new Set(NAMES.split(/\s+/).filter(Boolean));

export function isGivenName(lower: string): boolean {
  return GIVEN.has(lower);
}
