// Where do research teams publish, and with whom?
// Research teams and the journals they publish in, with the teams that published in the same journal in
// the same articles (joint papers) and the sentence that reports it.
//
// Parameters:
//   team  part of a team's name or alias; '' lists every team
:param team => '清华';

MATCH (team:ResearchTeam)-[published:PUBLISHED_IN]->(journal:Journal)
WHERE team.name CONTAINS $team OR any(alias IN team.aliases WHERE alias CONTAINS $team)
RETURN team.name AS team,
       journal.name AS journal,
       published.support AS articles,
       COLLECT { MATCH (other:ResearchTeam)-[together:PUBLISHED_IN]->(journal)
                 WHERE other <> team AND any(id IN together.articleIds WHERE id IN published.articleIds)
                 RETURN other.name AS other ORDER BY other } AS publishedWith,
       published.evidence[0] AS evidence
ORDER BY team, journal;
