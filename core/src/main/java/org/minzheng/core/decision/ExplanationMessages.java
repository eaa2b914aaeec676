package org.minzheng.core.decision;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;

import org.minzheng.core.code.Coded;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.ResolvedValue;

/** Looks up and formats explanation messages. Arguments are turned into text here, and only here. */
final class ExplanationMessages {

    private ExplanationMessages() {
    }

    static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }

    static String format(Texts texts, Locale locale, String key, Object[] args) {
        Objects.requireNonNull(locale, "locale");
        Locale target = chinese(locale) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        String pattern = texts.pattern(key, target).orElseThrow(() -> new IllegalStateException(
                "no explanation message '" + key + "' in " + texts + " for " + target));
        Object[] text = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            text[i] = text(args[i], target);
        }
        return new MessageFormat(pattern, target).format(text);
    }

    static String text(Object arg, Locale locale) {
        boolean zh = chinese(locale);
        if (arg instanceof Money m) {
            return m.amount().toPlainString();
        }
        if (arg instanceof BigDecimal d) {
            return plain(d);
        }
        if (arg instanceof ResolvedValue<?> r) {
            return r.standard().code() + " = " + formatted(r) + " (" + (r.isDefault()
                    ? (zh ? "默认值" : "default") : r.source()) + ")";
        }
        if (arg instanceof Coded c) {
            return zh ? c.chineseName() : c.englishName();
        }
        if (arg instanceof Boolean b) {
            return zh ? (b ? "是" : "否") : (b ? "yes" : "no");
        }
        return String.valueOf(arg);
    }

    private static <T> String formatted(ResolvedValue<T> r) {
        return r.standard().valueType().format(r.value());
    }

    /** At least two decimals (amounts read as yuan and fen), more only when the value has them. */
    static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() < 2) {
            s = s.setScale(2);
        }
        return s.toPlainString();
    }
}
