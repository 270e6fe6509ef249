package org.policygraph.extract;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads money amounts written the Chinese way: 2100万元, 3.5亿元, 435万, 800美元. */
final class Amounts {

    record Amount(long value, String currency, int start, int end) {
        Map<String, Object> properties() {
            return Map.of("amount", value, "currency", currency);
        }
    }

    private static final Pattern MONEY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(?:(亿|万)\\s*(元|美元|欧元)?|(元|美元|欧元))");

    private Amounts() {
    }

    /** The first amount in {@code text} at or after {@code from}, offsets relative to {@code text}. */
    static Optional<Amount> find(String text, int from) {
        Matcher m = MONEY.matcher(text);
        if (!m.find(from)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if ("亿".equals(m.group(2))) {
            value = value.movePointRight(8);
        } else if ("万".equals(m.group(2))) {
            value = value.movePointRight(4);
        }
        String unit = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "元";
        String currency = switch (unit) {
            case "美元" -> "USD";
            case "欧元" -> "EUR";
            default -> "CNY";
        };
        return Optional.of(new Amount(value.longValue(), currency, m.start(), m.end()));
    }
}
