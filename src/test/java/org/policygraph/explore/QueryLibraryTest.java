package org.policygraph.explore;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Path;
import org.policygraph.EmbeddedGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every query of {@code cypher/queries} runs with the sample values of its {@code :param} lines on the
 * sample articles and gives the answer a researcher would expect from them. Other tests of the same
 * context add articles to the graph, so an expected row must be among the answers rather than be all of
 * them; the first row is checked where the query promises an order.
 */
class QueryLibraryTest extends EmbeddedGraphTest {

    private static final String BLUEBERRY = "阳城县润城镇东沟村:蓝莓基地带动村民增收";

    /** One entry per query file: a new query without its expected answer fails the test. */
    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            entry("01-search.cypher", first(row("name", "晋阳蓝谷农业科技有限公司", "type", "Enterprise",
                    "aliases", List.of("蓝谷公司"), "articles", 1L))),
            entry("02-investments.cypher", rows(row("investor", "晋阳蓝谷农业科技有限公司", "recipient", "东沟村",
                    "within", List.of("润城镇", "阳城县", "晋城市", "山西省"), "amount", 36_000_000L, "currency", "CNY",
                    "articles", 1L, "evidence", "当年秋天,蓝谷公司投资3600万元,流转土地800亩,建设蓝莓种植基地和冷链仓储中心。",
                    "firstArticle", "sample/02-yangcheng-blueberry.md"))),
            entry("03-partners.cypher", rows(
                    row("partner", "太原理工大学", "type", "ResearchTeam", "articles", 1L),
                    row("partner", "清华大学", "type", "ResearchTeam", "articles", 1L,
                            "articleIds", List.of("sample/03-joint-catalysis-paper.md")))),
            entry("04-programs-in-area.cypher", rows(
                    row("actor", "晋城市", "actorType", "Place", "program", "六大工程", "parts", List.of("产业链补链工程",
                            "人才引育工程", "企业梯队培育工程", "创新平台建设工程", "智能制造提升工程", "绿色工厂创建工程")),
                    row("actor", "古陶镇", "actorType", "Place", "program", "古城+乡村文旅融合行动", "parts", List.of()),
                    row("actor", "中国建设银行晋城分行", "actorType", "Enterprise", "program", "裕农快贷"),
                    row("actor", "中国建设银行晋城分行", "actorType", "Enterprise", "program", "善营贷"))),
            entry("05-research-journals.cypher", first(row("team", "清华大学", "journal", "科学", "articles", 1L,
                    "publishedWith", List.of("中国科学院山西煤炭化学研究所", "太原理工大学")))),
            entry("06-people.cypher", first(row("person", "赵立新", "organisation", "中国科学院山西煤炭化学研究所",
                    "organisationType", "ResearchTeam", "articles", 1L))),
            entry("07-connections.cypher", first(row("route", List.of("晋阳蓝谷农业科技有限公司", "东沟村", "润城镇", "阳城县", "晋城市"),
                    "hops", List.of("INVESTS_IN", "LOCATED_IN", "LOCATED_IN", "LOCATED_IN"), "length", 4L))),
            entry("08-top-enterprises-per-county.cypher", rows(row("county", "阳城县", "rank", 1L,
                    "enterprise", "晋阳蓝谷农业科技有限公司", "facts", 1L, "articles", 1L))),
            entry("09-timeline.cypher", rows(
                    row("title", "晋城市启动“六大工程”推动装备制造业升级", "mentions", 4L,
                            "facts", List.of("晋城市 IMPLEMENTS 六大工程", "晋城市 LOCATED_IN 山西省")),
                    row("title", BLUEBERRY, "facts", List.of("阳城县 LOCATED_IN 晋城市")),
                    row("title", "建行晋城分行涉农贷款余额突破50亿元",
                            "facts", List.of("中国建设银行晋城分行 LOCATED_IN 晋城市")))),
            entry("10-co-mentions.cypher", rows(
                    row("mentionedWith", "东沟村", "type", "Place", "articles", 1L, "linked", true),
                    row("mentionedWith", "润城镇人民政府", "type", "Government", "linked", false, "titles", List.of(BLUEBERRY)),
                    row("mentionedWith", "晋城市", "linked", false))),
            entry("11-fact-articles.cypher", first(row("source", "晋阳蓝谷农业科技有限公司", "relation", "INVESTS_IN",
                    "target", "东沟村", "article", BLUEBERRY,
                    "sentence", "当年秋天,蓝谷公司投资3600万元,流转土地800亩,建设蓝莓种植基地和冷链仓储中心。"))),
            entry("12-single-source-facts.cypher", rows(
                    row("source", "晋阳蓝谷农业科技有限公司", "relation", "INVESTS_IN", "target", "东沟村", "article", BLUEBERRY),
                    row("source", "古陶镇", "relation", "PARTNERS_WITH", "target", "山西大学"))),
            entry("13-neighbourhood.cypher", rows(
                    row("route", List.of("中国建设银行晋城分行", "中国建设银行")),
                    row("route", List.of("中国建设银行晋城分行", "晋城市", "山西省")),
                    row("route", List.of("中国建设银行晋城分行", "晋城市", "阳城县")))),
            entry("14-article-facts.cypher", rows(
                    row("title", BLUEBERRY, "source", "晋阳蓝谷农业科技有限公司", "relation", "INVESTS_IN", "target", "东沟村",
                            "amount", 36_000_000L),
                    row("source", "东沟村", "relation", "LOCATED_IN", "target", "润城镇",
                            "sentence", "走进晋城市阳城县润城镇东沟村,连片的蓝莓大棚整齐排列。"))));

    @Autowired
    Driver driver;

    @Autowired
    QueryLibrary library;

    @TestFactory
    Stream<DynamicTest> everyQueryGivesItsExpectedAnswerOnTheSamples() {
        return library.queries().stream().map(query -> DynamicTest.dynamicTest(query.file(), () -> {
            var answer = run(query);
            var expected = EXPECTED.get(query.file());
            assertThat(expected).as("expected answer of %s", query.file()).isNotNull();
            assertThat(answer).as("answer of %s", query.file()).isNotEmpty();
            if (expected.first()) {
                assertThat(matches(answer.get(0), expected.rows().get(0)))
                        .as("first row of %s%n%s", query.file(), answer).isTrue();
            }
            for (var row : expected.rows()) {
                assertThat(answer).as("%s has a row with %s", query.file(), row)
                        .anySatisfy(actual -> assertThat(matches(actual, row)).isTrue());
            }
        }));
    }

    @Test
    void everyQueryFileHasAnExpectedAnswerAndEveryAnswerAFile() {
        assertThat(library.queries()).extracting(LibraryQuery::file)
                .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void theLibraryHasAtLeastTwelveQueriesEachWithAQuestionAndADescription() {
        assertThat(library.queries()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(query -> {
            assertThat(query.title()).as(query.file()).endsWith("?");
            assertThat(query.description()).as(query.file()).hasSizeGreaterThan(40);
            assertThat(query.cypher()).as(query.file()).contains("RETURN").doesNotContain(";");
        });
    }

    @Test
    void everyParameterTheQueryUsesIsDescribedAndHasASampleValue() {
        assertThat(library.queries()).allSatisfy(query -> {
            Set<String> used = new TreeSet<>();
            Matcher uses = Pattern.compile("\\$(\\w+)").matcher(query.cypher());
            while (uses.find()) {
                used.add(uses.group(1));
            }
            assertThat(parameters(query).keySet()).as("%s :param lines", query.file()).isEqualTo(used);
            assertThat(query.parameters()).extracting(LibraryQuery.Parameter::name)
                    .as("%s described parameters", query.file()).containsExactlyInAnyOrderElementsOf(used);
        });
    }

    private List<Map<String, Object>> run(LibraryQuery query) {
        var records = driver.executableQuery(query.cypher()).withParameters(parameters(query)).execute().records();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var record : records) {
            Map<String, Object> row = new LinkedHashMap<>();
            record.keys().forEach(key -> row.put(key, readable(record.get(key))));
            rows.add(row);
        }
        return rows;
    }

    /** Paths as their nodes' names, everything else as plain Java values. */
    private static Object readable(Value value) {
        if (value.asObject() instanceof Path path) {
            List<String> names = new ArrayList<>();
            path.nodes().forEach(node -> names.add(node.get("name").asString()));
            return names;
        }
        return value.asObject();
    }

    private static boolean matches(Map<String, Object> actual, Map<String, Object> expected) {
        return expected.entrySet().stream().allMatch(e -> e.getValue().equals(actual.get(e.getKey())));
    }

    private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*(.+?);?");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** The values of a query's {@code :param} lines: the literal forms the library uses. */
    static Map<String, Object> parameters(LibraryQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        for (String command : query.commands()) {
            Matcher param = PARAM.matcher(command);
            assertThat(param.matches()).as("%s: %s", query.file(), command).isTrue();
            parameters.put(param.group(1), literal(param.group(2).strip()));
        }
        return parameters;
    }

    private static Object literal(String text) {
        if (text.startsWith("[") && text.endsWith("]")) {
            return QUOTED.matcher(text).results().map(match -> match.group(1)).toList();
        }
        Matcher quoted = QUOTED.matcher(text);
        if (quoted.matches()) {
            return quoted.group(1);
        }
        return Long.parseLong(text);
    }

    private record Expected(boolean first, List<Map<String, Object>> rows) {
    }

    /** The answer contains every one of these rows (each compared on the columns it names). */
    @SafeVarargs
    private static Expected rows(Map<String, Object>... rows) {
        return new Expected(false, List.of(rows));
    }

    /** The answer starts with this row. */
    private static Expected first(Map<String, Object> row) {
        return new Expected(true, List.of(row));
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
