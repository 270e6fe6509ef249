package org.policygraph.reliability;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.policygraph.extract.Document;

import tools.jackson.databind.json.JsonMapper;

/**
 * Short investment news of our own writing, made from one template so that tests can write as many distinct
 * articles as they like. Article {@code n} has its own company (a made-up name, unique up to n = 7999) and
 * shares its town, university and co-investor with other articles, so concurrent writers meet on shared
 * entities. The extractor finds exactly {@value #ENTITIES} entities in every one of them: county, town,
 * company, university and co-investor (checked for all 8,000 while the character lists were chosen).
 */
final class TemplateArticles {

    static final int ENTITIES = 5;

    /** The three characters of a company's trade name, one from each list. */
    private static final String FIRST = "禾骏鑫瑞兴嘉恒盛隆金润益宏德康祥鸿裕丹沃";
    private static final String SECOND = "源达晟茂昌聚汇邦信诚荣盈科旺顺泽辉美佳晖";
    private static final String THIRD = "丰源达昌盛通泰鼎嘉华锦宇恒利祥瑞鑫森隆晟";
    private static final int DISTINCT = 20 * 20 * 20;
    private static final List<String> TRADES = List.of("农业发展有限公司", "食品有限公司", "农业科技有限公司",
            "生态农业有限公司");

    static final List<String> INVESTORS = List.of("晋禾农业投资有限公司", "三晋乡村振兴基金有限公司");
    static final List<String> UNIVERSITIES = List.of("山西农业大学", "太原理工大学", "中北大学", "山西大学");
    private static final List<List<String>> TOWNS = List.of(List.of("泽州县", "南村镇"), List.of("阳城县", "润城镇"),
            List.of("沁县", "新店镇"), List.of("平遥县", "段村镇"), List.of("寿阳县", "宗艾镇"),
            List.of("陵川县", "礼义镇"), List.of("高平市", "米山镇"), List.of("襄垣县", "夏店镇"));
    private static final List<String> PROJECTS = List.of("冷链仓储中心", "蔬菜种植基地", "中药材育苗基地", "杂粮烘干中心");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TemplateArticles() {
    }

    /** Article {@code n}, with the id {@code <prefix>/<n>}. */
    static Article article(String prefix, int n) {
        if (n >= DISTINCT) {
            throw new IllegalArgumentException("the template has " + DISTINCT + " distinct companies, not " + (n + 1));
        }
        String company = String.valueOf(FIRST.charAt(n % 20)) + SECOND.charAt(n / 20 % 20) + THIRD.charAt(n / 400 % 20)
                + TRADES.get(n / 7 % 4);
        List<String> town = TOWNS.get(n % TOWNS.size());
        String university = UNIVERSITIES.get(n / 3 % UNIVERSITIES.size());
        String investor = INVESTORS.get(n / 5 % INVESTORS.size());
        String project = PROJECTS.get(n % PROJECTS.size());
        String text = """
                %d年%d月,%s投资%d万元,在%s%s建设%s。

                %s与%s签订合作协议,共建%s研发中心。

                %s向该项目投资%d万元。""".formatted(2020 + n % 5, 1 + n % 12, company, 100 + n % 900,
                town.get(0), town.get(1), project, company, university,
                PROJECTS.get((n + 1) % PROJECTS.size()).substring(0, 2), investor, 50 + n % 7 * 10);
        return new Article(prefix + "/" + n, town.get(0) + town.get(1) + ":" + company + "建设" + project, text,
                LocalDate.of(2020 + n % 5, 1 + n % 12, 1 + n % 28), company, investor, university);
    }

    record Article(String id, String title, String text, LocalDate publishedAt, String company, String investor,
                   String university) {

        Document document() {
            return new Document(id, title, text, null, publishedAt, null);
        }

        /** The body of {@code POST /api/articles}, or one line of a {@code .jsonl} corpus. */
        String json() {
            return JSON.writeValueAsString(Map.of("id", id, "title", title, "text", text,
                    "publishedAt", publishedAt.toString()));
        }
    }
}
