// Who appears in the same articles?
// The entities mentioned in the same articles as an entity, most shared articles first. "linked" tells
// whether a fact already joins the two: co-mentions without a fact are where a relation may have been
// missed, or where two things only happen to share a page.
//
// Parameters:
//   name         the entity's name or one of its aliases
//   minArticles  fewest shared articles
:param name => '晋阳蓝谷农业科技有限公司';
:param minArticles => 1;

MATCH (entity:Entity)
WHERE entity.name = $name OR $name IN entity.aliases
MATCH (entity)<-[:MENTIONS]-(article:Article)-[:MENTIONS]->(other:Entity)
WHERE other <> entity
WITH entity, other, count(article) AS articles, collect(article.title) AS titles
WHERE articles >= $minArticles
RETURN other.name AS mentionedWith,
       [label IN labels(other) WHERE label <> 'Entity'][0] AS type,
       articles,
       EXISTS { (entity)-[:INVESTS_IN|PARTNERS_WITH|PUBLISHED_IN|LOCATED_IN|IMPLEMENTS|PART_OF|AFFILIATED_WITH]-(other) } AS linked,
       titles
ORDER BY articles DESC, linked, mentionedWith
LIMIT 50;
