package org.minzheng.json.internal;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.minzheng.core.money.Money;
import org.minzheng.json.InputChecks;
import org.minzheng.spi.storage.StorageLimits;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads money from a decimal string ({@code "1354.70"}) or a number written in plain decimal
 * notation ({@code 1354.7}) with at most two places. The number's text is read as a
 * {@code BigDecimal}, never through {@code double}. Exponent notation ({@code 1.3547E3}), more than
 * two places ({@code 1354.705}), thousands separators and currency signs are errors: they are
 * either binary floats or would lose precision. An amount beyond ±{@link StorageLimits#MAX_AMOUNT}
 * (999,999,999,999.99 yuan, what every store holds) is an error too: no household has such an income,
 * and a typo such as 10<sup>60</sup> must fail where it is read (decision record 0161).
 */
final class MoneyDeserializer extends StdScalarDeserializer<Money> {

    private static final Pattern PLAIN = Pattern.compile("-?(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?");

    MoneyDeserializer() {
        super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return fromText(p.getString(), p);
        }
        throw Problems.fail(p, "wrong-type", "应为金额（十进制字符串或数值）",
                "Expected an amount of yuan as a decimal string or number, found " + token, null);
    }

    /** Same as {@link #PLAIN}, without a regex: {@code -?(0|[1-9][0-9]*)(\.[0-9]{1,2})?}. */
    static boolean isPlain(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        int intStart = i;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && s.charAt(intStart) == '0') {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int fraction = n - i - 1;
        if (fraction < 1 || fraction > 2) {
            return false;
        }
        for (int j = i + 1; j < n; j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Money fromText(String text, JsonParser p) {
        if (!isPlain(text)) {
            throw Problems.fail(p, "money-format", "金额须为最多两位小数的十进制数，不得使用浮点或科学计数法",
                    "Not an exact amount of yuan with at most two decimal places (no exponent, no separators)",
                    InputChecks.excerpt(text));
        }
        BigDecimal amount = new BigDecimal(text);
        if (amount.abs().compareTo(StorageLimits.MAX_AMOUNT.amount()) > 0) {
            throw Problems.fail(p, "money-range", "金额超出范围：绝对值不得超过 999,999,999,999.99 元",
                    "The amount is out of range: at most 999,999,999,999.99 yuan either way",
                    InputChecks.excerpt(text));
        }
        return Money.of(amount);
    }
}
