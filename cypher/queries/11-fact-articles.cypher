// Which articles say so?
// The articles behind the facts between two entities: each supporting article with its date, newspaper,
// address and the sentence it says it in (sentences are kept for a fact's first ten articles).
//
// Parameters:
//   from  name or alias of one entity
//   to    name or alias of the other
:param from => '晋阳蓝谷农业科技有限公司';
:param to => '东沟村';

MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH (a)-[fact]-(b)
UNWIND range(0, size(fact.articleIds) - 1) AS i
MATCH (article:Article {id: fact.articleIds[i]})
RETURN startNode(fact).name AS source,
       type(fact) AS relation,
       endNode(fact).name AS target,
       article.title AS article,
       article.publishedAt AS published,
       article.source AS newspaper,
       article.url AS url,
       fact.evidence[i] AS sentence,
       article.id AS articleId
ORDER BY relation, published, articleId;
