package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page layouts written for these tests in the shape of a newspaper page in Markdown. */
class ArticleSplitterTest {

    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String id, String text) {
        return splitter.split(Document.ofText(id, text));
    }

    @Test
    void plainTextIsOneArticleTitledByItsFirstLine() {
        List<Article> articles = split("doc-1", "大同市推进煤矿智能化改造\n全市今年将完成30座煤矿的智能化验收。\n");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("doc-1");
            assertThat(a.title()).isEqualTo("大同市推进煤矿智能化改造");
            assertThat(a.text()).isEqualTo("全市今年将完成30座煤矿的智能化验收。");
        });
    }

    @Test
    void aFirstLineClosingWithAFullStopIsTextNotAHeadline() {
        List<Article> articles = split("doc-2", "2024年,晋禾种业有限公司投资600万元,在寿阳县建设谷子良种繁育基地。\n");

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEmpty();
            assertThat(a.text()).isEqualTo("2024年,晋禾种业有限公司投资600万元,在寿阳县建设谷子良种繁育基地。");
        });
    }

    @Test
    void headingsSplitAPageAndBannersAreNotArticles() {
        List<Article> articles = split("page", """
                # 忻州市启动杂粮品牌建设

                全市将培育十个杂粮区域公用品牌。

                ### 科技前沿 kejiqianyan

                ## 新型储能电池通过验收

                该电池循环寿命超过一万次。
                """);

        assertThat(articles).extracting(Article::id).containsExactly("page#1", "page#2");
        assertThat(articles).extracting(Article::title).containsExactly("忻州市启动杂粮品牌建设", "新型储能电池通过验收");
    }

    @Test
    void aHeadingRightUnderTheTitleIsItsSubtitle() {
        Article a = split("p", "# 吕梁加快文旅融合\n\n## 打造黄河沿线精品线路\n\n今年推出十条旅游线路。\n").get(0);

        assertThat(a.title()).isEqualTo("吕梁加快文旅融合");
        assertThat(a.text()).isEqualTo("打造黄河沿线精品线路\n今年推出十条旅游线路。");
    }

    @Test
    void aPlaceHeadingEndingInAColonJoinsTheTitleBelow() {
        Article a = split("p", "## 临汾市洪洞县甘亭镇:\n\n# 小杂粮铺就致富路\n\n全镇种植谷子两万亩。\n").get(0);

        assertThat(a.title()).isEqualTo("临汾市洪洞县甘亭镇:小杂粮铺就致富路");
    }

    @Test
    void aSentenceCutByAPageBreakIsJoinedAgain() {
        Article a = split("p", "# 标题\n\n今年全县新建高标准农\n\n田五万亩,带动农户增收。\n").get(0);

        assertThat(a.text()).isEqualTo("今年全县新建高标准农田五万亩,带动农户增收。");
    }

    @Test
    void leadingBylineGivesSourceAndAuthor() {
        Article a = split("p", "# 标题\n\n山西日报 记者李文 6月3日,晋城市召开新闻发布会。\n").get(0);

        assertThat(a.source()).isEqualTo("山西日报");
        assertThat(a.authors()).containsExactly("李文");
        assertThat(a.text()).isEqualTo("6月3日,晋城市召开新闻发布会。");
    }

    @Test
    void aDatedLeadsBracketNamesItsWritersWithoutTheirRoles() {
        Article a = split("p", "# 标题\n\n本报讯（记者 周文军 通讯员 马丽）6月2日，绵阳市召开新闻发布会。\n").get(0);

        assertThat(a.authors()).containsExactly("周文军", "马丽");
        assertThat(a.source()).isNull();
        assertThat(a.text()).isEqualTo("6月2日，绵阳市召开新闻发布会。");
    }

    @Test
    void aWireDatelineGivesTheAgencyAsSource() {
        Article a = split("p", "# 标题\n\n新华社成都6月2日电（记者 陈立）四川省新建高标准农田三百万亩。\n").get(0);

        assertThat(a.source()).isEqualTo("新华社");
        assertThat(a.authors()).containsExactly("陈立");
        assertThat(a.text()).isEqualTo("四川省新建高标准农田三百万亩。");
    }

    @Test
    void bylineOnItsOwnLineUnderTheTitle() {
        Article a = split("p", "# 标题\n\n山西日报记者 周明\n\n阳泉市新建三座污水处理厂。\n").get(0);

        assertThat(a.source()).isEqualTo("山西日报");
        assertThat(a.authors()).containsExactly("周明");
        assertThat(a.text()).isEqualTo("阳泉市新建三座污水处理厂。");
    }

    @Test
    void trailingNamesAndPhotoCreditsAreAuthors() {
        List<Article> articles = split("p", """
                # 第一篇

                项目已全面开工。 王立 赵晓东

                # 第二篇

                工人们正在安装光伏板。 刘洋摄
                """);

        assertThat(articles.get(0).authors()).containsExactly("王立", "赵晓东");
        assertThat(articles.get(0).text()).isEqualTo("项目已全面开工。");
        assertThat(articles.get(1).authors()).containsExactly("刘洋");
        assertThat(articles.get(1).text()).isEqualTo("工人们正在安装光伏板。");
    }

    @Test
    void aLineOfNamesUnderTheTitleIsTheByline() {
        Article a = split("p", "# 让数据多跑路\n\n孙伟 钱丽\n\n数字政府建设要以群众满意为标准。\n").get(0);

        assertThat(a.authors()).containsExactly("孙伟", "钱丽");
        assertThat(a.text()).isEqualTo("数字政府建设要以群众满意为标准。");
    }

    @Test
    void aShortLineSetApartByBlankLinesStartsAPhotoArticle() {
        List<Article> articles = split("p", "# 正文\n\n村里修通了水泥路。\n\n\n\n春耕正忙\n\n农民在田间播种玉米。 陈杰摄\n");

        assertThat(articles).extracting(Article::title).containsExactly("正文", "春耕正忙");
        assertThat(articles.get(1).text()).isEqualTo("农民在田间播种玉米。");
    }

    @Test
    void withoutAnIdTheIdIsAContentHash() {
        Article a = splitter.split(Document.ofText(null, "标题\n正文内容。")).get(0);

        assertThat(a.id()).matches("sha256:[0-9a-f]{16}");
        assertThat(splitter.split(Document.ofText(null, "标题\n正文内容。")).get(0).id()).isEqualTo(a.id());
    }

    @Test
    void aSignaturesLinesStayApart() {
        Article a = split("p", "# 标题\n\n报告期内，公司营业收入增长12%。\n\n董事长：郭建平\n山西晋能智造股份有限公司董事会\n").get(0);

        assertThat(a.text()).isEqualTo("报告期内，公司营业收入增长12%。\n董事长：郭建平\n山西晋能智造股份有限公司董事会");
    }

    @Test
    void aNumberedHeadingAndTheItemsAfterItStayApart() {
        Article a = split("p", "# 标题\n\n一、对外投资情况\n\n1．报告期内，公司向子公司增资1亿元。\n").get(0);

        assertThat(a.text()).isEqualTo("一、对外投资情况\n1．报告期内，公司向子公司增资1亿元。");
    }

    @Test
    void aLineOfThisPapersReporterIsABylineNotText() {
        Article a = split("p", "# 标题\n\n本报记者 韩立川\n\n2021年3月，公司签下搬迁协议。\n").get(0);

        assertThat(a.text()).isEqualTo("2021年3月，公司签下搬迁协议。");
        assertThat(a.authors()).containsExactly("韩立川");
        assertThat(a.source()).isNull();
    }

    @Test
    void aBulletedSubheadingStaysApartFromTheItemBelowIt() {
        Article a = split("p", "# 经济简讯\n\n■ 南沙推出青年创业计划\n\n广州市南沙区人力资源和社会保障局近日发布创业扶持计划。\n").get(0);

        assertThat(a.text()).isEqualTo("■ 南沙推出青年创业计划\n广州市南沙区人力资源和社会保障局近日发布创业扶持计划。");
    }
}
