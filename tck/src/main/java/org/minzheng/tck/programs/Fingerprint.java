package org.minzheng.tck.programs;

import java.util.Map;

import org.minzheng.core.cases.PaymentComponent;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.DecisionComponent;
import org.minzheng.core.decision.ExplanationStep;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.ResolvedValue;

/**
 * Everything a decision states, as one text (决定指纹): two decisions are equal for the contract when their
 * fingerprints are. {@link Decision} has no {@code equals}; this compares what an auditor would — eligibility,
 * reasons, notes, amount, components, rounding, approval, category, hours, standards used with their values and
 * sources, and every explanation step with its arguments.
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Decision d) {
        StringBuilder s = new StringBuilder(256);
        s.append(d.program()).append('|').append(d.subject()).append('|').append(d.month()).append('|')
                .append(d.region().value()).append('|').append(d.eligible()).append('|').append(d.reasons())
                .append('|').append(d.notes()).append('|').append(d.amount().amount().toPlainString()).append('|');
        for (DecisionComponent c : d.components()) {
            s.append(c.kind().code()).append(':').append(c.person().map(Object::toString).orElse("-")).append(':')
                    .append(c.exactAmount().toPlainString()).append(',');
        }
        s.append('|').append(d.roundingAdjustment().toPlainString()).append('|');
        for (Map.Entry<PaymentComponent, Money> e : d.amountsByComponent().entrySet()) {
            s.append(e.getKey().code()).append('=').append(e.getValue().amount().toPlainString()).append(',');
        }
        s.append('|').append(d.approval().map(a -> a.code()).orElse("-"))
                .append('|').append(d.category().map(c -> c.getClass().getName() + ":" + c.code()).orElse("-"))
                .append('|').append(d.hoursPerMonth().map(h -> h.toPlainString()).orElse("-"))
                .append('|').append(d.servicesPerMonth().map(String::valueOf).orElse("-"))
                .append('|').append(d.serviceBudget().map(String::valueOf).orElse("-")).append('|');
        for (ResolvedValue<?> r : d.standardsUsed()) {
            s.append(r.standard().code()).append('=').append(formatted(r)).append('@').append(r.source()).append(',');
        }
        s.append('|');
        for (ExplanationStep step : d.explanation().steps()) {
            s.append(step.key()).append(step.arguments().stream().map(Fingerprint::argument).toList()).append(';');
        }
        s.append('|').append(d.explanation().total().map(m -> m.amount().toPlainString()).orElse("-"));
        return s.toString();
    }

    private static String argument(Object a) {
        if (a instanceof java.math.BigDecimal b) {
            return b.toPlainString();
        }
        if (a instanceof Money m) {
            return m.amount().toPlainString();
        }
        if (a instanceof org.minzheng.core.code.Coded c) {
            return c.getClass().getSimpleName() + ":" + c.code() + ":" + c.chineseName() + ":" + c.englishName();
        }
        if (a instanceof ResolvedValue<?> r) {
            return r.standard().code() + "=" + formatted(r) + "@" + r.source();
        }
        return a.getClass().getSimpleName() + ":" + a;
    }

    private static <T> String formatted(ResolvedValue<T> r) {
        return r.standard().valueType().format(r.value());
    }
}
