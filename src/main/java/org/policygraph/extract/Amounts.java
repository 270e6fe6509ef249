package org.policygraph.extract;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money amounts written the Chinese way: 2100万元, 3.6亿元, 435万 (元 left out), 800美元, and the
 * round approximations 近亿元 and 约5000万元, which are marked approximate.
 */
final class Amounts {

    record Amount(long value, String currency, boolean approximate, int start, int end) {
        Map<String, Object> properties() {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("amount", value);
            p.put("currency", currency);
            if (approximate) {
                p.put("approximate", true);
            }
            return p;
        }
    }

    /**
     * Hedge, number (absent in 近亿元, which means about one), scale, currency. A bare 万 without a currency is
     * money only when no counting word follows (86万人次 and 5万亩 are not).
     */
    private static final Pattern MONEY = Pattern.compile(
            "(近|约|逾|超过|超|大约)?(\\d+(?:\\.\\d+)?)?\\s*"
                    + "(?:(千万|百万|亿|万)\\s*(元|美元|欧元|(?![人亩吨片户头只件株斤千平公辆台套个次名家多余]))|(元|美元|欧元))");

    private Amounts() {
    }

    /** The properties of the first amount in {@code text} (amount, currency, amount_text), or none. */
    static Map<String, Object> propertiesOfFirst(String text) {
        return find(text, 0).map(Amount::properties).orElse(Map.of());
    }

    /** The first amount in {@code text} at or after {@code from}, offsets relative to {@code text}. */
    static Optional<Amount> find(String text, int from) {
        Matcher m = MONEY.matcher(text);
        while (m.find(from)) {
            if (m.group(2) != null || m.group(1) != null && m.group(3) != null) {
                return Optional.of(amount(m));
            }
            from = m.end() > m.start() ? m.end() : m.start() + 1;
            if (from >= text.length()) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Amount amount(Matcher m) {
        BigDecimal value = m.group(2) == null ? BigDecimal.ONE : new BigDecimal(m.group(2));
        String scale = m.group(3) == null ? "" : m.group(3);
        value = switch (scale) {
            case "千万" -> value.movePointRight(7);
            case "百万" -> value.movePointRight(6);
            case "亿" -> value.movePointRight(8);
            case "万" -> value.movePointRight(4);
            default -> value;
        };
        String unit = m.group(4) != null && !m.group(4).isEmpty() ? m.group(4) : m.group(5) != null ? m.group(5) : "元";
        String currency = switch (unit) {
            case "美元" -> "USD";
            case "欧元" -> "EUR";
            default -> "CNY";
        };
        boolean start = m.group(1) != null;
        int begin = start ? m.start(1) : m.group(2) != null ? m.start(2) : m.start();
        return new Amount(value.longValue(), currency, start, begin, m.end());
    }
}
