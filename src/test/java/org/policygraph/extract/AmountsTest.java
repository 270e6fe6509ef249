package org.policygraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AmountsTest {

    private static Map<String, Object> first(String text) {
        return Amounts.find(text, 0).orElseThrow().properties();
    }

    @Test
    void tenThousandsOfYuan() {
        assertThat(first("公司投资2100万元建设冷库")).isEqualTo(Map.of("amount", 21_000_000L, "currency", "CNY"));
    }

    @Test
    void hundredMillionsWithDecimals() {
        assertThat(first("总投资3.6亿元")).isEqualTo(Map.of("amount", 360_000_000L, "currency", "CNY"));
    }

    @Test
    void nearlyAHundredMillionIsApproximate() {
        assertThat(first("总投资近亿元")).isEqualTo(Map.of("amount", 100_000_000L, "currency", "CNY",
                "approximate", true));
    }

    @Test
    void tenThousandsWithoutYuanAreStillMoney() {
        assertThat(first("共投入资金435万,每年分红")).isEqualTo(Map.of("amount", 4_350_000L, "currency", "CNY"));
    }

    @Test
    void countsOfPeopleOrLandAreNoMoney() {
        assertThat(Amounts.find("接待游客86万人次,新建基地5万亩", 0)).isEmpty();
    }

    @Test
    void dollars() {
        assertThat(first("融资800万美元")).isEqualTo(Map.of("amount", 8_000_000L, "currency", "USD"));
    }
}
