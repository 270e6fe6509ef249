// Which programs do the places of an area carry out?
// The programs implemented by the places of an area, or by governments, companies and others located in
// them, each with its sub-programs and the sentence that says so. The area works as in the investments
// query: its places share the start of its division code.
//
// Parameters:
//   area  id of a place: place:140000 is 山西省, place:140700 晋中市
:param area => 'place:140000';

MATCH (area:Place {id: $area})
WITH CASE WHEN area.divisionCode ENDS WITH '0000' THEN left(area.divisionCode, 2)
          WHEN area.divisionCode ENDS WITH '00' AND size(area.divisionCode) = 6 THEN left(area.divisionCode, 4)
          ELSE area.divisionCode END AS prefix
MATCH (actor:Entity)-[implements:IMPLEMENTS]->(program:Program)
WHERE EXISTS { (actor)-[:LOCATED_IN*0..1]->(place:Place) WHERE place.id STARTS WITH 'place:' + prefix }
RETURN actor.name AS actor,
       [label IN labels(actor) WHERE label <> 'Entity'][0] AS actorType,
       program.name AS program,
       COLLECT { MATCH (part:Program)-[:PART_OF]->(program) RETURN part.name AS part ORDER BY part } AS parts,
       implements.support AS articles,
       implements.evidence[0] AS evidence
ORDER BY actor, program;
