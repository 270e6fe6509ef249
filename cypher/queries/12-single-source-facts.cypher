// Which facts rest on a single article?
// Facts only one article supports: the first to check by reading the sentence, and to confirm or delete
// (delete the article through the API to take back what it said).
//
// Parameters:
//   relations  relationship types to check
//   limit      how many facts at most
:param relations => ['INVESTS_IN', 'PARTNERS_WITH', 'IMPLEMENTS'];
:param limit => 100;

MATCH (source:Entity)-[fact]->(target:Entity)
WHERE type(fact) IN $relations AND fact.support = 1
MATCH (article:Article {id: fact.articleIds[0]})
RETURN source.name AS source,
       type(fact) AS relation,
       target.name AS target,
       fact.evidence[0] AS sentence,
       article.title AS article,
       article.id AS articleId
ORDER BY relation, source, target
LIMIT $limit;
