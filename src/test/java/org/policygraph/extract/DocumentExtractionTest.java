package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentExtractionTest {

    private static Entity entity(String name, EntityType type, String... aliases) {
        return new Entity(name, type, List.of(aliases), Map.of(), List.of(3));
    }

    private static ArticleExtraction article(List<Entity> entities, List<Relation> relations) {
        Article a = new Article("a", "t", "x", null, null, List.of(), null);
        return new ArticleExtraction(a, entities, relations);
    }

    @Test
    void entitiesSharingANameMergeWithTheUnionOfAliases() {
        DocumentExtraction d = DocumentExtraction.of(List.of(
                article(List.of(entity("中国科学技术大学", EntityType.ResearchTeam)), List.of()),
                article(List.of(entity("中国科大", EntityType.ResearchTeam, "中国科学技术大学", "中科大")), List.of())));

        assertThat(d.entities()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("中国科学技术大学");
            assertThat(e.aliases()).containsExactlyInAnyOrder("中国科大", "中科大");
        });
    }

    @Test
    void sameNameOfAnotherTypeStaysApart() {
        DocumentExtraction d = DocumentExtraction.of(List.of(article(List.of(
                entity("科学", EntityType.Journal), entity("科学", EntityType.Program)), List.of())));

        assertThat(d.entities()).hasSize(2);
    }

    @Test
    void symmetricRelationsAreKeptOnceAndRenamedToTheMergedName() {
        Relation ab = new Relation("甲大学", RelationType.PARTNERS_WITH, "乙研究所", "甲大学与乙研究所合作。", Map.of(),
                0, 10, "a1", 0.8);
        Relation ba = new Relation("乙所", RelationType.PARTNERS_WITH, "甲大学", "乙所与甲大学签约。", Map.of(),
                4, 13, "a2", 0.8);
        DocumentExtraction d = DocumentExtraction.of(List.of(
                article(List.of(entity("甲大学", EntityType.ResearchTeam), entity("乙研究所", EntityType.ResearchTeam)),
                        List.of(ab)),
                article(List.of(entity("乙所", EntityType.ResearchTeam, "乙研究所"), entity("甲大学", EntityType.ResearchTeam)),
                        List.of(ba))));

        assertThat(d.relations()).containsExactly(ab);
    }
}
