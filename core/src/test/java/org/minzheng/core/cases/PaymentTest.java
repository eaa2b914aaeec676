package org.minzheng.core.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.core.testing.ModelFixtures.NOW;
import static org.minzheng.core.testing.Violated.single;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

class PaymentTest {

    private static final PaymentKey KEY = PaymentKey.of(CaseId.of("c-1"), YearMonth.of(2022, 10),
            PaymentComponent.BASE);

    @Test
    void key_equalsByCaseMonthComponent() {
        assertThat(PaymentKey.of(CaseId.of("c-1"), YearMonth.of(2022, 10), PaymentComponent.BASE))
                .isEqualTo(KEY).hasSameHashCodeAs(KEY);
        assertThat(PaymentKey.of(CaseId.of("c-1"), YearMonth.of(2022, 10), PaymentComponent.ADD_ON))
                .isNotEqualTo(KEY);
        assertThat(PaymentKey.of(CaseId.of("c-1"), YearMonth.of(2022, 11), PaymentComponent.BASE))
                .isNotEqualTo(KEY);
    }

    @Test
    void reversal_negatesAndReferencesOriginal() {
        Payment p = Payment.posted(KEY, 1, Money.of("524.00"), NOW);
        Payment r = p.reversal(2, NOW, "金额错误");
        assertThat(r.status()).isEqualTo(PaymentStatus.REVERSED);
        assertThat(r.amount()).isEqualTo(Money.of("-524.00"));
        assertThat(r.reverses()).hasValue(1);
        assertThat(r.key()).isEqualTo(KEY);
        assertThat(r.note()).contains("金额错误");
        assertThat(p.status()).as("original unchanged").isEqualTo(PaymentStatus.POSTED);
        assertThatThrownBy(() -> r.reversal(3, NOW, "again")).isInstanceOf(IllegalStateException.class);
        single(() -> p.reversal(2, NOW, " "), "note", "not-blank");
    }

    @Test
    void posted_negativeAmount_reportsNonNegative() {
        single(() -> Payment.posted(KEY, 1, Money.of("-1.00"), NOW), "amount", "non-negative");
    }

    @Test
    void posted_sequenceZero_reportsRange() {
        single(() -> Payment.posted(KEY, 0, Money.of("1.00"), NOW), "sequence", "range");
    }

    @Test
    void posted_referencingAnother_reportsReversal() {
        single(() -> new Payment(KEY, 2, Money.of("1.00"), PaymentStatus.POSTED, OptionalInt.of(1), NOW,
                Optional.empty()), "reverses", "reversal");
    }

    @Test
    void reversal_positiveAmount_reportsReversal() {
        single(() -> new Payment(KEY, 2, Money.of("1.00"), PaymentStatus.REVERSED, OptionalInt.of(1),
                NOW, Optional.empty()), "amount", "reversal");
    }

    @Test
    void reversal_withoutReference_reportsRequired() {
        single(() -> new Payment(KEY, 2, Money.of("-1.00"), PaymentStatus.REVERSED, OptionalInt.empty(),
                NOW, Optional.empty()), "reverses", "required");
    }

    @Test
    void reversal_ofLaterEntry_reportsReversal() {
        single(() -> new Payment(KEY, 2, Money.of("-1.00"), PaymentStatus.REVERSED, OptionalInt.of(2),
                NOW, Optional.empty()), "reverses", "reversal");
    }

    @Test
    void ledger_postTwice_isIdempotent() {
        PaymentLedger l = PaymentLedger.empty(KEY);
        Payment first = l.post(Money.of("524.00"), NOW).orElseThrow();
        assertThat(first.sequence()).isEqualTo(1);
        PaymentLedger after = l.with(List.of(first));
        assertThat(after.post(Money.of("524.00"), NOW)).isEmpty();
        assertThat(after.post(Money.of("999.00"), NOW)).as("same key, other amount: still no-op").isEmpty();
        assertThat(after.net()).isEqualTo(Money.of("524.00"));
        assertThat(after.current()).contains(first);
    }

    @Test
    void ledger_correct_reversesThenPostsNew() {
        PaymentLedger l = PaymentLedger.empty(KEY);
        l = l.with(List.of(l.post(Money.of("524.00"), NOW).orElseThrow()));
        List<Payment> correction = l.correct(Money.of("600.00"), NOW, "收入核减");
        assertThat(correction).extracting(Payment::sequence, Payment::status, Payment::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, PaymentStatus.REVERSED, Money.of("-524.00")),
                        org.assertj.core.groups.Tuple.tuple(3, PaymentStatus.POSTED, Money.of("600.00")));
        PaymentLedger after = l.with(correction);
        assertThat(after.net()).isEqualTo(Money.of("600.00"));
        assertThat(after.current().orElseThrow().sequence()).isEqualTo(3);
        assertThat(after.entries().get(0)).as("posted entry never changed").isEqualTo(l.entries().get(0));
    }

    @Test
    void ledger_reverse_thenPostAgain() {
        PaymentLedger l = PaymentLedger.empty(KEY);
        l = l.with(List.of(l.post(Money.of("524.00"), NOW).orElseThrow()));
        l = l.with(List.of(l.reverse(NOW, "错发")));
        assertThat(l.net()).isEqualTo(Money.ZERO);
        assertThat(l.current()).isEmpty();
        Payment again = l.post(Money.of("500.00"), NOW).orElseThrow();
        assertThat(again.sequence()).isEqualTo(3);
        assertThatThrownBy(() -> PaymentLedger.empty(KEY).reverse(NOW, "x"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(PaymentLedger.empty(KEY).correct(Money.of("1.00"), NOW, "补发")).hasSize(1);
    }

    @Test
    void ledger_of_rejectsForeignKeyGapsAndBadReversals() {
        Payment p1 = Payment.posted(KEY, 1, Money.of("10.00"), NOW);
        PaymentKey other = PaymentKey.of(CaseId.of("c-2"), KEY.month(), KEY.component());
        single(() -> PaymentLedger.of(KEY, List.of(Payment.posted(other, 1, Money.of("1.00"), NOW))),
                "entries[0].key", "key");
        single(() -> PaymentLedger.of(KEY, List.of(p1, Payment.posted(KEY, 3, Money.of("1.00"), NOW))),
                "entries[1].sequence", "sequence");
        Payment wrongAmount = new Payment(KEY, 2, Money.of("-9.00"), PaymentStatus.REVERSED,
                OptionalInt.of(1), NOW, Optional.of("x"));
        single(() -> PaymentLedger.of(KEY, List.of(p1, wrongAmount)), "entries[1].reverses", "reversal");
        Payment r = p1.reversal(2, NOW, "x");
        Payment twice = new Payment(KEY, 3, Money.of("-10.00"), PaymentStatus.REVERSED,
                OptionalInt.of(1), NOW, Optional.of("y"));
        single(() -> PaymentLedger.of(KEY, List.of(p1, r, twice)), "entries[2].reverses", "reversal");
        List<Payment> shuffled = new ArrayList<>(List.of(r, p1));
        assertThat(PaymentLedger.of(KEY, shuffled).entries()).containsExactly(p1, r);
    }
}
