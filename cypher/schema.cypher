// PolicyGraph schema. Applied at every start (embedded or external database); every statement is
// idempotent. Statements end with a semicolon; lines starting with // are comments.
//
// Graph model
//   (:Entity:<Type> {id, name, aliases, ...})   Type is one of Place, Enterprise, Program, ResearchTeam,
//                                                Government, Journal, Person. id = "<type>:<name>", or
//                                                "place:<division code>" for places the gazetteer knows, or
//                                                "government:<division code>:<name>" for a division's body.
//   (:Article {id, title, source, publishedAt, authors, url, contentHash, text})
//   (:Article)-[:MENTIONS {count, offsets}]->(:Entity)
//   (:Entity)-[:INVESTS_IN|PARTNERS_WITH|PUBLISHED_IN|LOCATED_IN|IMPLEMENTS|PART_OF|AFFILIATED_WITH
//             {articleIds, evidence, support, firstPublished, lastPublished, ...}]->(:Entity)
//   evidence[i] is the sentence of article articleIds[i] (kept for the first few articles only).

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT enterprise_id IF NOT EXISTS FOR (n:Enterprise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT research_team_id IF NOT EXISTS FOR (n:ResearchTeam) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT government_id IF NOT EXISTS FOR (n:Government) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT journal_id IF NOT EXISTS FOR (n:Journal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;

// Exact lookups by name when resolving a short name against the graph, and sorting articles by date.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);

// Search over names and aliases. The cjk analyzer indexes Chinese as character bigrams, so a query for
// 潞威 finds 潞威农业发展有限公司.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// Article writes take this node's lock so that resolving names and writing never interleave (GraphWriter).
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE;

// Governments are keyed by their division's code (government:140525100:南村镇人民政府) since 2026-12-03, so two
// towns' bodies of one name stay two. A graph written before re-keys each older government node whose articles
// name exactly one coded place at the longest whose name its own opens with; others keep their ids.
MATCH (g:Government) WHERE NOT g.id =~ 'government:[0-9].*'
MATCH (g)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(p:Place)
WHERE p.id =~ 'place:[0-9].*' AND g.name STARTS WITH p.name
WITH g, size(p.name) AS length, collect(DISTINCT substring(p.id, 6)) AS codes
ORDER BY length DESC
WITH g, collect(codes)[0] AS longest
WHERE size(longest) = 1
WITH g, 'government:' + longest[0] + ':' + g.name AS id
WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
SET g.id = id;
