package org.minzheng.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;

/** The text of a case's history (decision record 0420), without a database. */
class CaseHistoryTest {

    private static Transition applied(String operator, Instant at, String reason) {
        return new Transition(Optional.empty(), CaseState.APPLIED, operator, at, reason, ApprovalLevel.TOWNSHIP);
    }

    @Test
    void noTransitions_isTheEmptyText_andNullOrEmptyReadAsNone() {
        assertThat(CaseHistory.encode(List.of())).isEmpty();
        assertThat(CaseHistory.decode(null)).isEmpty();
        assertThat(CaseHistory.decode("")).isEmpty();
    }

    @Test
    void theFormat_isSixFieldsEndedByBars_withTildeAndBarEscaped() {
        Transition t = applied("甲|乙~", Instant.parse("1970-01-01T00:00:01.000002Z"), "~/|");
        assertThat(CaseHistory.encode(List.of(t))).isEqualTo("|applied|township|1000002|甲~/乙~~|~~/~/|");
    }

    @Test
    void everyText_readsBackEqual() {
        String[] texts = {"~", "|", "~/", "~~", "/", "a~", "~|~|", "行\n二\t'\"\\", "𠀋😀", " x "};
        for (String s : texts) {
            List<Transition> h = List.of(applied("op" + s, Instant.parse("2022-03-01T08:00:00Z"), s + "理由"),
                    new Transition(Optional.of(CaseState.APPLIED), CaseState.REVIEWED, s + "op",
                            Instant.parse("2022-03-02T08:00:00.123456Z"), "r" + s, ApprovalLevel.TOWNSHIP));
            assertThat(CaseHistory.decode(CaseHistory.encode(h))).as(s).isEqualTo(h);
        }
    }

    @Test
    void instants_keepMicroseconds_roundedHalfUp_alsoBefore1970() {
        Instant[] in = {Instant.parse("2022-03-01T08:00:00.000000499Z"), Instant.parse("2022-03-01T08:00:00.000000500Z"),
            Instant.parse("2022-03-01T08:00:59.999999500Z"), Instant.parse("1969-12-31T23:59:59.999999Z"),
            Instant.parse("1900-01-01T00:00:00.000001Z")};
        Instant[] out = {Instant.parse("2022-03-01T08:00:00Z"), Instant.parse("2022-03-01T08:00:00.000001Z"),
            Instant.parse("2022-03-01T08:01:00Z"), Instant.parse("1969-12-31T23:59:59.999999Z"),
            Instant.parse("1900-01-01T00:00:00.000001Z")};
        for (int i = 0; i < in.length; i++) {
            List<Transition> h = CaseHistory.decode(CaseHistory.encode(List.of(applied("o", in[i], "r"))));
            assertThat(h.get(0).at()).as(in[i].toString()).isEqualTo(out[i]);
        }
    }

    @Test
    void aTextNotOfTheFormat_failsRatherThanReadingPartOfIt() {
        assertThatThrownBy(() -> CaseHistory.decode("|applied|township|1|op|")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aBadInstantOrCode_failsAsNotOfTheFormat() {
        assertThatThrownBy(() -> CaseHistory.decode("|applied|township|1x|op|r|"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CaseHistory.decode("|nosuchstate|township|1|op|r|"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchstate");
        assertThatThrownBy(() -> CaseHistory.decode("|applied|nosuchlevel|1|op|r|"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nosuchlevel");
    }

    @Test
    void operatorsAndReasons_decodedAgain_areSharedNotCopied() {
        // decision record 0440: a county's cases repeat a few texts; each transition kept its own copy
        String text = CaseHistory.encode(List.of(applied("张三", Instant.parse("2022-03-01T08:00:00Z"), "申请低保"),
                new Transition(Optional.of(CaseState.APPLIED), CaseState.REVIEWED, "张三",
                        Instant.parse("2022-03-02T08:00:00Z"), "乡镇审核", ApprovalLevel.TOWNSHIP)));
        List<Transition> a = CaseHistory.decode(text);
        List<Transition> b = CaseHistory.decode(new String(text.toCharArray()));
        assertThat(b).isEqualTo(a);
        assertThat(b.get(0).operator()).isSameAs(a.get(0).operator()).isSameAs(a.get(1).operator());
        assertThat(b.get(1).reason()).isSameAs(a.get(1).reason());
        assertThat(b.get(1).from()).isSameAs(a.get(1).from());
        // escaped texts are read correctly, shared or not
        String escaped = CaseHistory.encode(List.of(applied("a|b", Instant.parse("2022-03-01T08:00:00Z"), "c~d")));
        assertThat(CaseHistory.decode(escaped).get(0).operator()).isEqualTo("a|b");
        assertThat(CaseHistory.decode(escaped).get(0).reason()).isEqualTo("c~d");
    }
}
