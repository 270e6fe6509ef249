// What surrounds an entity?
// An entity and everything within two facts of it, for the graph view: double-click a node to expand it,
// click a relationship to read its evidence. The route column lists each chain for the table view.
//
// Parameters:
//   name  the entity's name or one of its aliases
:param name => '建行晋城分行';

MATCH (entity:Entity)
WHERE entity.name = $name OR $name IN entity.aliases
MATCH path = (entity)-[:INVESTS_IN|PARTNERS_WITH|PUBLISHED_IN|LOCATED_IN|IMPLEMENTS|PART_OF|AFFILIATED_WITH*1..2]-(:Entity)
RETURN [node IN nodes(path) | node.name] AS route, path
ORDER BY length(path), route
LIMIT 100;
