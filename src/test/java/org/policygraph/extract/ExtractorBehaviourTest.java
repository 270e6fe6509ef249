package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Behaviour beyond single facts: what must not become an entity, and sharing one extractor. */
class ExtractorBehaviourTest {

    static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = Extractor.create();
    }

    @Test
    void bylinesAreNotPeopleOfTheStory() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                # 晋城市新增两家专精特新企业

                山西日报 记者李文 近日,晋城市公布新一批专精特新中小企业名单。 赵晓东
                """)).get(0);

        assertThat(a.article().authors()).containsExactly("李文", "赵晓东");
        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Person);
    }

    @Test
    void quotedSlogansAreNotPrograms() {
        ArticleExtraction a = extractor.extract(Document.ofText("t", """
                村民们说:“家门口就能上班,日子越过越红火。”合作社把“小特产”做成了“大产业”。
                """)).get(0);

        assertThat(a.entities()).noneMatch(e -> e.type() == EntityType.Program);
    }

    @Test
    void oneExtractorServesSeveralThreadsWithTheSameResults() throws Exception {
        Document doc = Document.ofText("t", """
                晋中市推进“数字乡村”建设行动
                晋中市榆次区东阳镇与太原理工大学签约共建智慧农业实验基地。""");
        List<ArticleExtraction> expected = extractor.extract(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ArticleExtraction>>> runs = pool.invokeAll(
                    java.util.Collections.nCopies(16, () -> extractor.extract(doc)));
            for (Future<List<ArticleExtraction>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
