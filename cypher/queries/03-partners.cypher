// Who works with this entity?
// The partners of an entity, whichever side of the partnership it was written on (a partnership is stored
// once per pair), with how many articles report it and the sentence of the first one.
//
// Parameters:
//   name  the entity's name or one of its aliases
:param name => '中国科学院山西煤炭化学研究所';

MATCH (entity:Entity)
WHERE entity.name = $name OR $name IN entity.aliases
MATCH (entity)-[partnership:PARTNERS_WITH]-(partner:Entity)
RETURN entity.name AS entity,
       partner.name AS partner,
       [label IN labels(partner) WHERE label <> 'Entity'][0] AS type,
       partnership.support AS articles,
       partnership.evidence[0] AS evidence,
       partnership.articleIds AS articleIds
ORDER BY articles DESC, partner;
