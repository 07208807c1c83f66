// brat's annotation.conf for what the export writes: no imports, so the client bundle can share it.
export const BRAT_CONF = `[entities]
Person
Organisation
Role
Date
Rating

[relations]
Holds\tArg1:Person, Arg2:Role
Coreference\tArg1:Person, Arg2:Person, <REL-TYPE>:symmetric-transitive
<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>

[events]

[attributes]
Grade\tArg:Rating, Value:Outstanding|Good|Requires_improvement|Adequate|Inadequate
Status\tArg:Rating, Value:Awarded|Aspiration|Other
Former\tArg:Role
`;
