// Who are the people, and where do they work?
// People named in the articles with the organisations they are affiliated with, the sentence that says so
// and how many articles mention them.
//
// Parameters:
//   person  part of a person's name; '' lists everyone
:param person => '赵';

MATCH (person:Person)
WHERE person.name CONTAINS $person
OPTIONAL MATCH (person)-[affiliation:AFFILIATED_WITH]->(organisation:Entity)
RETURN person.name AS person,
       organisation.name AS organisation,
       [label IN labels(organisation) WHERE label <> 'Entity'][0] AS organisationType,
       affiliation.evidence[0] AS evidence,
       COUNT { (:Article)-[:MENTIONS]->(person) } AS articles
ORDER BY person, organisation;
