package org.minzheng.tck.standards;

import org.minzheng.core.builtin.BuiltInPrograms;
import org.minzheng.core.programs.tekun.Tekun;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.Standard;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/** Small providers for testing the checker: one that passes, and ways to break it. */
final class TestProviders {

    static final RegionCode CITY = RegionCode.parse("3211");
    static final LocalDate FROM = LocalDate.of(2022, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2023, 1, 1);
    static final Coverage COVERAGE = Coverage.of(FROM, UNTIL, "3211", "321112");

    private TestProviders() {
    }

    /** A value for every mandatory standard at 3211 over 2022, and a basic-living amount. */
    static List<StandardValue<?>> completeValues() {
        List<StandardValue<?>> values = new ArrayList<>();
        for (Standard<?> s : BuiltInPrograms.standards()) {
            if (s.mandatory()) {
                values.add(value(s));
            }
        }
        values.add(StandardValue.of(Tekun.BASIC_MULTIPLE, CITY, FROM, UNTIL, new BigDecimal("1.3"), "test"));
        return values;
    }

    @SuppressWarnings("unchecked")
    private static <T> StandardValue<T> value(Standard<T> s) {
        Object v;
        switch (s.valueType().code()) {
            case "money" -> v = Money.of(moneyFor(s.code()));
            case "decimal" -> v = s.code().contains("share") ? new BigDecimal("0.6") : new BigDecimal("6");
            case "integer" -> v = 60;
            case "boolean" -> v = Boolean.FALSE;
            default -> throw new IllegalStateException("no test value for " + s.code());
        }
        return StandardValue.of(s, CITY, FROM, UNTIL, (T) v, "test");
    }

    private static String moneyFor(String code) {
        return switch (code) {
            case "dibao.standard.urban", "dibao.standard.rural" -> "870.00";
            case "tekun.care.self-care" -> "40.00";
            case "tekun.care.partial" -> "300.00";
            case "tekun.care.complete" -> "800.00";
            case "senior.allowance.80" -> "50.00";
            case "senior.allowance.90" -> "100.00";
            case "senior.allowance.100" -> "300.00";
            default -> "1000.00";
        };
    }

    static StandardsProvider of(Collection<StandardValue<?>> values) {
        return new Fixed("test.provider", StandardsProvider.SPI_VERSION, List.copyOf(values));
    }

    static StandardsProvider replacing(Standard<?> standard, StandardValue<?> replacement) {
        List<StandardValue<?>> values = new ArrayList<>(completeValues());
        values.removeIf(v -> v.standard().equals(standard));
        if (replacement != null) {
            values.add(replacement);
        }
        return of(values);
    }

    static StandardsProvider editing(UnaryOperator<List<StandardValue<?>>> edit) {
        return of(edit.apply(new ArrayList<>(completeValues())));
    }

    /** A provider with fixed values; filters queries correctly. */
    static class Fixed implements StandardsProvider {
        private final String id;
        private final String version;
        final List<StandardValue<?>> values;

        Fixed(String id, String version, List<StandardValue<?>> values) {
            this.id = id;
            this.version = version;
            this.values = values;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String spiVersion() {
            return version;
        }

        @Override
        public Collection<StandardValue<?>> values(StandardsQuery query) {
            return values.stream().filter(query::matches).toList();
        }
    }
}
