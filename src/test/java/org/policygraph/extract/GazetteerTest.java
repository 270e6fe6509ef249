package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final String TSV = """
            # test rows
            code	name	level	parent_code
            610000	陕西省	province\t
            610300	宝鸡市	city	610000
            610323	岐山县	county	610300
            610323100	凤鸣镇	town	610323
            610323003	青化街道	town	610323
            620000	甘肃省	province\t
            620500	天水市	city	620000
            620521	清水县	county	620500
            620521101	凤鸣镇	town	620521
            """;

    private static Gazetteer small() throws IOException {
        return Gazetteer.read(new BufferedReader(new StringReader(TSV)));
    }

    @Test
    void shortFormsDropTheSuffixOnlyWhenTwoCharactersRemain() {
        assertThat(Gazetteer.shortName("宝鸡市")).isEqualTo("宝鸡");
        assertThat(Gazetteer.shortName("陕西省")).isEqualTo("陕西");
        assertThat(Gazetteer.shortName("沁县")).isEqualTo("沁县");
        assertThat(Gazetteer.shortName("延边朝鲜族自治州")).isEqualTo("延边");
        assertThat(Gazetteer.shortName("内蒙古自治区")).isEqualTo("内蒙古");
    }

    @Test
    void anAmbiguousTownResolvesByTheCountyBesideIt() throws IOException {
        Gazetteer g = small();
        List<Gazetteer.Division> towns = g.byName("凤鸣镇");

        assertThat(towns).hasSize(2);
        assertThat(g.resolve(towns, g.byName("清水县")).code()).isEqualTo("620521101");
        assertThat(g.resolve(towns, List.of())).isNull();
    }

    @Test
    void aTownMadeASubdistrictIsStillFoundByItsOldName() throws IOException {
        assertThat(small().byName("青化镇")).extracting(Gazetteer.Division::name).containsExactly("青化街道");
    }

    @Test
    void parentsFormAChain() throws IOException {
        Gazetteer g = small();
        Gazetteer.Division town = g.byName("凤鸣镇").get(0);

        assertThat(g.parent(town).name()).isEqualTo("岐山县");
        assertThat(g.isAncestor(g.byName("陕西省").get(0), town)).isTrue();
        assertThat(g.isAncestor(g.byName("甘肃省").get(0), town)).isFalse();
    }

    @Test
    void theBundledGazetteerKnowsCountiesAndTowns() {
        Gazetteer g = Gazetteer.load();

        assertThat(g.byName("平遥县")).singleElement().extracting(Gazetteer.Division::level).isEqualTo("county");
        assertThat(g.byShortName("大同")).extracting(Gazetteer.Division::name).contains("大同市");
        assertThat(g.byName("矿区")).as("a county whose name is an everyday word").isEmpty();
    }
}
