// What was said about an entity, and when?
// The timeline of an entity: the articles that mention it by publication date (undated articles last),
// each with the facts about the entity that the article supports.
//
// Parameters:
//   name  the entity's name or one of its aliases
:param name => '晋城市';

MATCH (entity:Entity)
WHERE entity.name = $name OR $name IN entity.aliases
MATCH (article:Article)-[mention:MENTIONS]->(entity)
RETURN article.publishedAt AS published,
       article.title AS title,
       mention.count AS mentions,
       COLLECT { MATCH (entity)-[fact]-(other:Entity)
                 WHERE article.id IN fact.articleIds
                 RETURN startNode(fact).name + ' ' + type(fact) + ' ' + endNode(fact).name AS fact
                 ORDER BY fact } AS facts,
       article.id AS article
ORDER BY published, article;
