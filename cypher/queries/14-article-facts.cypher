// What does an article say?
// The facts an article supports, each with the sentence it says it in. Article ids are in the answers of
// the timeline and fact queries (and of GET /api/articles).
//
// Parameters:
//   article  the article's id
:param article => 'sample/02-yangcheng-blueberry.md';

MATCH (article:Article {id: $article})-[:MENTIONS]->(source:Entity)-[fact]->(target:Entity)
WHERE article.id IN fact.articleIds
WITH article, source, fact, target,
     [i IN range(0, size(fact.articleIds) - 1) WHERE fact.articleIds[i] = article.id][0] AS i
RETURN article.title AS title,
       source.name AS source,
       type(fact) AS relation,
       target.name AS target,
       fact.amount AS amount,
       fact.evidence[i] AS sentence
ORDER BY relation, source, target;
