// How are two entities connected?
// Every chain of facts between two entities, in either direction, up to a number of hops, shortest first;
// no entity appears twice in a chain. Shared articles alone do not count as a connection (see the
// co-mention query for that). The graph view draws the chains; click a relationship for its evidence.
//
// Parameters:
//   from     name or alias of one entity
//   to       name or alias of the other
//   maxHops  longest chain, from 1 to 5
:param from => '晋阳蓝谷农业科技有限公司';
:param to => '晋城市';
:param maxHops => 4;

MATCH (a:Entity) WHERE a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE b.name = $to OR $to IN b.aliases
MATCH path = (a)-[:INVESTS_IN|PARTNERS_WITH|PUBLISHED_IN|LOCATED_IN|IMPLEMENTS|PART_OF|AFFILIATED_WITH*1..5]-(b)
WHERE length(path) <= $maxHops
  AND all(node IN nodes(path) WHERE single(other IN nodes(path) WHERE other = node))
RETURN [node IN nodes(path) | node.name] AS route,
       [hop IN relationships(path) | type(hop)] AS hops,
       length(path) AS length,
       path
ORDER BY length, route
LIMIT 25;
