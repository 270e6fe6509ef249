// Who invests where, and how much?
// Every investment into a place of an area (or into something located there), largest first, with the
// places above the recipient (finest first), the number of articles that report it and the sentence of
// the first one.
// The area is a place the gazetteer knows: its places share the start of its division code (a province
// its first two digits, a city its first four), and towns and villages carry their code in their ids.
//
// Parameters:
//   area       id of a place: place:140000 is 山西省, place:140500 晋城市, place:140522 阳城县
//   minAmount  smallest amount in yuan; 0 also keeps investments whose amount the article does not give
:param area => 'place:140500';
:param minAmount => 1000000;

MATCH (area:Place {id: $area})
WITH CASE WHEN area.divisionCode ENDS WITH '0000' THEN left(area.divisionCode, 2)
          WHEN area.divisionCode ENDS WITH '00' AND size(area.divisionCode) = 6 THEN left(area.divisionCode, 4)
          ELSE area.divisionCode END AS prefix
MATCH (investor:Entity)-[investment:INVESTS_IN]->(recipient:Entity)
WHERE coalesce(investment.amount, 0) >= $minAmount
  AND EXISTS { (recipient)-[:LOCATED_IN*0..1]->(place:Place) WHERE place.id STARTS WITH 'place:' + prefix }
RETURN investor.name AS investor,
       recipient.name AS recipient,
       COLLECT { MATCH (recipient)-[:LOCATED_IN*1..4]->(above:Place)
                 WITH DISTINCT above
                 RETURN above.name AS name ORDER BY coalesce(above.divisionCode, '') DESC } AS within,
       investment.amount AS amount,
       investment.currency AS currency,
       investment.support AS articles,
       investment.evidence[0] AS evidence,
       investment.articleIds[0] AS firstArticle
ORDER BY amount DESC, investor, recipient;
