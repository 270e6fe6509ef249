// Which entities go by this name?
// Every entity whose name or one of whose aliases matches the words, best match first, with its type, its
// aliases and how many articles mention it. Start here to find the exact name the other queries take.
//
// Parameters:
//   words  part of a name; the full-text index reads Chinese as pairs of characters, so give two or more
//   limit  how many entities at most
:param words => '蓝谷';
:param limit => 10;

CALL db.index.fulltext.queryNodes('entity_names', $words) YIELD node, score
RETURN node.name AS name,
       [label IN labels(node) WHERE label <> 'Entity'][0] AS type,
       node.aliases AS aliases,
       COUNT { (:Article)-[:MENTIONS]->(node) } AS articles,
       node.id AS id
ORDER BY score DESC, articles DESC, name
LIMIT $limit;
