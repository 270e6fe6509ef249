package org.policygraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts between the mentions of one passage, each with the sentence that states it. Every rule
 * reads a general construction of news Chinese: administrative chains, "X投资N万元", "由A、B组成的联合团队",
 * "发表于《J》", "X实施“P”", "X集团Y矿", "机构+头衔+人名".
 */
final class RelationFinder {

    private static final Map<String, Integer> LEVEL_RANK = Map.of("country", 0, "province", 1, "city", 2,
            "county", 3, "zone", 4, "town", 4, "district", 4, "village", 5);
    private static final Pattern INVEST = Pattern.compile("投资|出资|注资");
    private static final Pattern IMPLEMENT = Pattern.compile(
            "实施|推进|落实|聚焦|推出|开展|制定|出台|印发|启动|推行|创新|发起");
    private static final Pattern PUBLISH = Pattern.compile("发表|刊登|刊发|刊载|登上");
    private static final Pattern JOINT_TEAM = Pattern.compile("由([^。！？]{4,120}?)(?:联合|共同)?组成");
    private static final Pattern COOPERATE = Pattern.compile("合作|签约|携手|签署|共建|联合");
    private static final Pattern PLACE_SCHOOL = Pattern.compile("地校合作|校地合作|院地合作|政校合作|校政合作");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;。！？!?\\n]");
    private static final Pattern SUB_ITEMS_AHEAD = Pattern.compile("^[^。；;]{0,60}?[一二三四五六七八九十两\\d]+[个项]子(?:工程|项目|行动|计划)");
    private static final int VERB_TO_PROGRAM = 12;

    private final Lexicon lexicon;
    private final Gazetteer gazetteer;

    RelationFinder(Lexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    List<Relation> find(Passage p, AliasResolver.Resolution r) {
        Facts facts = new Facts(p);
        List<Mention> ms = r.mentions();
        locatedIn(p, ms, r.entities(), facts);
        investments(p, ms, facts);
        partners(p, ms, facts);
        publications(p, ms, facts);
        implementations(p, ms, facts);
        partOf(p, ms, facts);
        affiliations(p, ms, facts);
        return facts.list();
    }

    /** Collects relations without repeats, keeping the first evidence. */
    private static final class Facts {
        private final Passage p;
        private final Map<String, Relation> byKey = new LinkedHashMap<>();

        Facts(Passage p) {
            this.p = p;
        }

        void add(Mention from, RelationType type, Mention to, int evidenceAt, Map<String, Object> props) {
            add(from.canonical(), type, to.canonical(), evidenceAt, props);
        }

        void add(String from, RelationType type, String to, int evidenceAt, Map<String, Object> props) {
            if (from.equals(to)) {
                return;
            }
            String a = from;
            String b = to;
            if (type.symmetric() && a.compareTo(b) > 0) {
                a = to;
                b = from;
            }
            Sentences.Sentence s = p.sentenceAt(evidenceAt);
            byKey.putIfAbsent(a + "|" + type + "|" + b,
                    new Relation(from, type, to, s == null ? "" : s.text(), props));
        }

        List<Relation> list() {
            return new ArrayList<>(byKey.values());
        }
    }

    // ---- LOCATED_IN

    private void locatedIn(Passage p, List<Mention> ms, List<Entity> entities, Facts facts) {
        List<Mention> places = of(ms, m -> m.type() == EntityType.Place);
        for (Mention a : places) {
            for (Mention b : places) {
                if (a.end() == b.start() && inChain(a, b)) {
                    facts.add(b, RelationType.LOCATED_IN, a, b.start(), Map.of());
                }
                if ("zone".equals(b.properties().get("level")) && a.start() == b.start() && a.end() < b.end()) {
                    facts.add(b, RelationType.LOCATED_IN, a, b.start(), Map.of());
                }
            }
        }
        gazetteerParents(p, places, entities, facts);
        villagesInTheTown(places, facts);
        for (Mention org : of(ms, Mention::isOrganisation)) {
            enterpriseInZone(p, org, places, facts);
            placeInName(org, places, facts);
        }
    }

    /**
     * b written right after a is in a when the gazetteer says so, or when b is a village or zone (which the
     * gazetteer lacks) after a known division. Foreign pairs are left alone: nothing here can check them.
     */
    private boolean inChain(Mention a, Mention b) {
        Gazetteer.Division da = division(a);
        Gazetteer.Division db = division(b);
        if (da != null && db != null) {
            return gazetteer.isAncestor(da, db);
        }
        return da != null && rank(b) > rank(a) && ("village".equals(b.properties().get("level"))
                || "zone".equals(b.properties().get("level")));
    }

    private Gazetteer.Division division(Mention m) {
        Object code = m.properties().get("divisionCode");
        return code == null ? null : gazetteer.byName(m.canonical()).stream()
                .filter(d -> d.code().equals(code)).findFirst().orElse(null);
    }

    private static int rank(Mention m) {
        return LEVEL_RANK.getOrDefault(String.valueOf(m.properties().get("level")), -1);
    }

    /** A division whose parent (or grandparent) the passage also names is located in it. */
    private void gazetteerParents(Passage p, List<Mention> places, List<Entity> entities, Facts facts) {
        Map<String, Mention> byCode = new LinkedHashMap<>();
        for (Mention m : places) {
            Object code = m.properties().get("divisionCode");
            if (code != null) {
                byCode.putIfAbsent(code.toString(), m);
            }
        }
        for (Mention m : byCode.values()) {
            Gazetteer.Division d = division(m);
            for (Gazetteer.Division a = d == null ? null : gazetteer.parent(d); a != null; a = gazetteer.parent(a)) {
                Mention parent = byCode.get(a.code());
                if (parent != null) {
                    facts.add(m, RelationType.LOCATED_IN, parent, m.start(), Map.of());
                    break;
                }
            }
        }
    }

    /** Villages named without their town are in the article's town when it names exactly one. */
    private static void villagesInTheTown(List<Mention> places, Facts facts) {
        List<String> towns = places.stream().filter(m -> "town".equals(m.properties().get("level")))
                .map(Mention::canonical).distinct().toList();
        if (towns.size() != 1) {
            return;
        }
        Mention town = places.stream().filter(m -> m.canonical().equals(towns.get(0))).findFirst().orElseThrow();
        for (Mention v : places) {
            boolean chained = places.stream().anyMatch(o -> o.end() == v.start());
            if ("village".equals(v.properties().get("level")) && !chained) {
                facts.add(v, RelationType.LOCATED_IN, town, v.start(), Map.of());
            }
        }
    }

    /** "X开发区,Y有限公司工人..." and "Y位于X". */
    private static void enterpriseInZone(Passage p, Mention org, List<Mention> places, Facts facts) {
        for (Mention place : places) {
            boolean adjacentZone = "zone".equals(place.properties().get("level")) && place.end() <= org.start()
                    && org.start() - place.end() <= 1;
            String between = place.start() > org.end() && place.start() - org.end() <= 6
                    ? p.full().substring(org.end(), place.start()) : "";
            if (adjacentZone || between.contains("位于") || between.contains("落户")) {
                facts.add(org, RelationType.LOCATED_IN, place, org.start(), Map.of());
            }
        }
    }

    /** A branch is in the city its name holds (农行朔州分行); a foreign institute in the place before it. */
    private static void placeInName(Mention org, List<Mention> places, Facts facts) {
        boolean branch = OrganizationRecognizer.UNIT_SUFFIXES.stream()
                .filter(s -> s.endsWith("行") || s.endsWith("公司")).anyMatch(org.name()::endsWith);
        boolean foreign = !org.canonical().equals(org.name()) && org.name().endsWith(org.canonical());
        if (!branch && !foreign) {
            return;
        }
        places.stream()
                .filter(pl -> pl.start() >= org.start() && pl.end() <= org.end())
                .filter(pl -> !foreign || pl.end() <= org.end() - org.canonical().length())
                .max(Comparator.comparingInt(RelationFinder::rank).thenComparingInt(Mention::start))
                .ifPresent(pl -> facts.add(org, RelationType.LOCATED_IN, pl, org.start(), Map.of()));
    }

    // ---- INVESTS_IN

    private void investments(Passage p, List<Mention> ms, Facts facts) {
        List<Sentences.Sentence> sentences = p.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Sentence s = sentences.get(si);
            Matcher v = INVEST.matcher(s.text());
            while (v.find()) {
                int verb = s.start() + v.start();
                Optional<Amounts.Amount> amount = Amounts.find(s.text(), v.end())
                        .filter(a -> a.start() - v.end() <= 4);
                Mention investor = last(ms, m -> (m.type() == EntityType.Enterprise || m.type() == EntityType.Government)
                        && s.contains(m.start(), m.end()) && m.end() <= verb && outermost(m, ms));
                if (amount.isEmpty() || investor == null) {
                    continue;
                }
                Mention target = recipient(p, ms, s, investor, verb, verb + v.group().length());
                for (int back = si - 1; target == null && back >= 0 && back >= si - 5; back--) {
                    Sentences.Sentence earlier = sentences.get(back);
                    List<Mention> in = of(ms, m -> earlier.contains(m.start(), m.end()));
                    if (in.stream().anyMatch(m -> m.canonical().equals(investor.canonical()))) {
                        target = in.stream().filter(m -> m.type() == EntityType.Place)
                                .max(Comparator.comparingInt(RelationFinder::rank)).orElse(null);
                    }
                }
                if (target != null) {
                    facts.add(investor, RelationType.INVESTS_IN, target, verb, amount.get().properties());
                }
            }
        }
    }

    /**
     * What an investment goes to within its own sentence: "在Y投资" / "向Y注资" between investor and verb,
     * or the first place after the verb ("投资3亿元建设Y产业园"). Null when the sentence does not say.
     */
    private static Mention recipient(Passage p, List<Mention> ms, Sentences.Sentence s, Mention investor,
                                     int verbStart, int verbEnd) {
        Mention before = last(ms, m -> m.isActor() && m.start() > investor.end() && m.end() <= verbStart
                && "在向对于".indexOf(p.charAt(m.start() - 1)) >= 0);
        if (before != null) {
            return before;
        }
        return first(ms, m -> m.type() == EntityType.Place && m.start() >= verbEnd && m.end() <= s.end());
    }

    // ---- PARTNERS_WITH

    private void partners(Passage p, List<Mention> ms, Facts facts) {
        String s = p.full();
        Matcher team = JOINT_TEAM.matcher(s);
        while (team.find()) {
            List<Mention> parties = of(ms, x -> x.isOrganisation() && x.start() >= team.start(1)
                    && x.end() <= team.end(1) && outermost(x, ms));
            pairs(parties, team.start(1), facts);
        }
        Matcher verb = COOPERATE.matcher(s);
        while (verb.find()) {
            cooperation(p, ms, clauseStart(s, verb.start()), verb.start(), facts);
        }
        Matcher cue = PLACE_SCHOOL.matcher(s);
        Mention headline = headlinePlace(p, ms);
        while (cue.find() && headline != null) {
            int paragraphEnd = s.indexOf('\n', cue.end()) < 0 ? s.length() : s.indexOf('\n', cue.end());
            Mention school = first(ms, x -> x.type() == EntityType.ResearchTeam && x.start() > cue.end()
                    && x.end() <= paragraphEnd);
            if (school != null) {
                facts.add(headline, RelationType.PARTNERS_WITH, school, school.start(), Map.of());
            }
        }
    }

    /** "A与B合作", "A和B签约": the actors on both sides of a conjunction before the verb. */
    private static void cooperation(Passage p, List<Mention> ms, int clauseStart, int verbStart, Facts facts) {
        for (int i = clauseStart; i < verbStart; i++) {
            int at = i;
            if ("与和同".indexOf(p.charAt(at)) < 0 || ms.stream().anyMatch(m -> m.start() < at && at < m.end())) {
                continue;
            }
            Mention a = last(ms, m -> m.isActor() && m.end() == at && m.start() >= clauseStart && outermost(m, ms));
            Mention b = first(ms, m -> m.isActor() && m.start() == at + 1 && m.end() <= verbStart && outermost(m, ms));
            if (a != null && b != null) {
                facts.add(a, RelationType.PARTNERS_WITH, b, at, Map.of());
            }
        }
    }

    private static void pairs(List<Mention> parties, int evidenceAt, Facts facts) {
        List<String> names = parties.stream().map(Mention::canonical).distinct().toList();
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                facts.add(names.get(i), RelationType.PARTNERS_WITH, names.get(j), evidenceAt, Map.of());
            }
        }
    }

    /** The finest place named in the title: what the article is about. */
    private static Mention headlinePlace(Passage p, List<Mention> ms) {
        return ms.stream().filter(m -> m.type() == EntityType.Place && p.inTitle(m))
                .max(Comparator.comparingInt(RelationFinder::rank)).orElse(null);
    }

    // ---- PUBLISHED_IN

    private static void publications(Passage p, List<Mention> ms, Facts facts) {
        List<Sentences.Sentence> sentences = p.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Sentences.Sentence s = sentences.get(si);
            List<Mention> journals = of(ms, m -> m.type() == EntityType.Journal && s.contains(m.start(), m.end()));
            if (journals.isEmpty() || !PUBLISH.matcher(s.text()).find()) {
                continue;
            }
            List<Mention> teams = List.of();
            for (int back = si; teams.isEmpty() && back >= 0; back--) {
                Sentences.Sentence t = sentences.get(back);
                teams = of(ms, m -> m.type() == EntityType.ResearchTeam && t.contains(m.start(), m.end())
                        && outermost(m, ms));
            }
            for (Mention team : teams) {
                for (Mention journal : journals) {
                    facts.add(team, RelationType.PUBLISHED_IN, journal, journal.start(), Map.of());
                }
            }
        }
    }

    // ---- IMPLEMENTS

    private static void implementations(Passage p, List<Mention> ms, Facts facts) {
        String s = p.full();
        Matcher v = IMPLEMENT.matcher(s);
        while (v.find()) {
            int clauseStart = clauseStart(s, v.start());
            Mention program = first(ms, m -> m.type() == EntityType.Program && m.start() >= v.end()
                    && m.start() - v.end() <= VERB_TO_PROGRAM && !CLAUSE_BREAK.matcher(s.substring(v.end(), m.start())).find());
            Mention actor = last(ms, m -> m.isActor() && m.start() >= clauseStart && m.end() <= v.start()
                    && outermost(m, ms) && !insideProgram(m, ms));
            if (program != null && actor != null) {
                facts.add(actor, RelationType.IMPLEMENTS, program, v.start(), Map.of());
            }
        }
        Mention enterprise = first(ms, m -> m.type() == EntityType.Enterprise && p.inTitle(m));
        if (enterprise != null) {
            for (Mention product : of(ms, m -> m.type() == EntityType.Program && m.canonical().endsWith("贷"))) {
                facts.add(enterprise, RelationType.IMPLEMENTS, product, product.start(), Map.of());
            }
        }
    }

    private static int clauseStart(String s, int pos) {
        int i = pos;
        while (i > 0 && !CLAUSE_BREAK.matcher(String.valueOf(s.charAt(i - 1))).matches()) {
            i--;
        }
        return i;
    }

    private static boolean insideProgram(Mention m, List<Mention> ms) {
        return ms.stream().anyMatch(o -> o.type() == EntityType.Program && m.start() >= o.start() && m.end() <= o.end());
    }

    // ---- PART_OF

    private static void partOf(Passage p, List<Mention> ms, Facts facts) {
        for (Mention unit : of(ms, m -> m.type() == EntityType.Enterprise)) {
            for (Mention group : ms) {
                if (group.type() == EntityType.Enterprise && group.start() == unit.start() && group.end() < unit.end()
                        && OrganizationRecognizer.UNIT_SUFFIXES.stream().anyMatch(unit.name()::endsWith)) {
                    facts.add(unit, RelationType.PART_OF, group, unit.start(), Map.of());
                }
            }
        }
        Mention headline = first(ms, m -> m.type() == EntityType.Program && p.inTitle(m));
        if (headline == null) {
            return;
        }
        for (Mention m : of(ms, x -> x.type() == EntityType.Program && !p.inTitle(x))) {
            if (opensParagraph(p, m) || SUB_ITEMS_AHEAD.matcher(p.full().substring(m.end())).find()
                    && !m.canonical().equals(headline.canonical())) {
                facts.add(m, RelationType.PART_OF, headline, m.start(), Map.of());
            }
        }
    }

    /** "实施X行动。" at the head of a paragraph: one of the numbered actions under the article's program. */
    private static boolean opensParagraph(Passage p, Mention m) {
        int lineStart = p.full().lastIndexOf('\n', m.start() - 1) + 1;
        String before = p.full().substring(lineStart, m.start());
        return before.matches("(?:实施|推进|开展)?") && "。：:".indexOf(p.charAt(m.end())) >= 0;
    }

    // ---- AFFILIATED_WITH

    private void affiliations(Passage p, List<Mention> ms, Facts facts) {
        for (Mention person : of(ms, m -> m.type() == EntityType.Person)) {
            int pos = person.start();
            for (int hop = 0; hop < 6 && pos > 0; hop++) {
                pos = skipTitle(p, pos);
                int at = pos;
                Mention org = last(ms, m -> m.isOrganisation() && m.end() == at && outermost(m, ms));
                if (org != null) {
                    facts.add(person, RelationType.AFFILIATED_WITH, org, person.start(), Map.of());
                    break;
                }
                // "X大学潘建伟院士、包小辉教授": a later name inherits the organisation of the first.
                int siblingEnd = p.charAt(at - 1) == '、' ? skipTitle(p, at - 1) : -1;
                Mention sibling = last(ms, m -> m.type() == EntityType.Person && m.end() == siblingEnd);
                if (sibling == null) {
                    break;
                }
                pos = sibling.start();
            }
        }
    }

    private int skipTitle(Passage p, int pos) {
        for (String title : lexicon.personTitles) {
            if (pos >= title.length() && p.full().startsWith(title, pos - title.length())) {
                return pos - title.length();
            }
        }
        return pos;
    }

    // ---- helpers

    private static boolean outermost(Mention m, List<Mention> ms) {
        return ms.stream().noneMatch(o -> o != m && o.isOrganisation() && m.isOrganisation() && m.within(o));
    }

    private static List<Mention> of(List<Mention> ms, Predicate<Mention> keep) {
        return new ArrayList<>(ms.stream().filter(keep).toList());
    }

    private static Mention first(List<Mention> ms, Predicate<Mention> keep) {
        return ms.stream().filter(keep).min(Comparator.comparingInt(Mention::start)
                .thenComparingInt(m -> -m.end())).orElse(null);
    }

    private static Mention last(List<Mention> ms, Predicate<Mention> keep) {
        return ms.stream().filter(keep).max(Comparator.comparingInt(Mention::end)
                .thenComparingInt(m -> -m.start())).orElse(null);
    }
}
