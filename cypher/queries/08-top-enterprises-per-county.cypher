// Which enterprises are most connected in each county?
// For each county of an area, the enterprises with a fact about the county or a town or village in it,
// ranked by how many facts they take part in overall (then by how many articles mention them). A county
// is read from the division code in its places' ids, so villages count even when no article names their
// county.
//
// Parameters:
//   area  id of a province or city: place:140000 is 山西省, place:140500 晋城市
//   top   how many enterprises per county
:param area => 'place:140000';
:param top => 3;

MATCH (area:Place {id: $area})
WITH CASE WHEN area.divisionCode ENDS WITH '0000' THEN left(area.divisionCode, 2)
          WHEN area.divisionCode ENDS WITH '00' AND size(area.divisionCode) = 6 THEN left(area.divisionCode, 4)
          ELSE area.divisionCode END AS prefix
MATCH (enterprise:Enterprise)-[:INVESTS_IN|PARTNERS_WITH|LOCATED_IN|IMPLEMENTS|PART_OF]-(place:Place)
WHERE place.level IN ['county', 'town', 'village'] AND place.id STARTS WITH 'place:' + prefix
WITH DISTINCT enterprise, substring(place.id, 6, 6) AS countyCode
OPTIONAL MATCH (county:Place {id: 'place:' + countyCode})
WITH coalesce(county.name, countyCode) AS county, enterprise,
     COUNT { (enterprise)-[:INVESTS_IN|PARTNERS_WITH|PUBLISHED_IN|LOCATED_IN|IMPLEMENTS|PART_OF|AFFILIATED_WITH]-() } AS facts,
     COUNT { (:Article)-[:MENTIONS]->(enterprise) } AS articles
ORDER BY county, facts DESC, articles DESC, enterprise.name
WITH county, collect({name: enterprise.name, facts: facts, articles: articles})[..$top] AS ranked
UNWIND range(0, size(ranked) - 1) AS i
RETURN county,
       i + 1 AS rank,
       ranked[i].name AS enterprise,
       ranked[i].facts AS facts,
       ranked[i].articles AS articles
ORDER BY county, rank;
