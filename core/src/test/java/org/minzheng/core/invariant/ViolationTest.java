package org.minzheng.core.invariant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void prefixed_joinsPropertiesAndIndexes() {
        Violation v = Violation.of("birthDate", "required", "缺", "missing");
        assertThat(v.prefixed("members[0].person").path()).isEqualTo("members[0].person.birthDate");
        assertThat(Violation.of("[1]", "r", "中", "e").prefixed("items").path()).isEqualTo("items[1]");
        assertThat(Violation.of("", "r", "中", "e").prefixed("assets").path()).isEqualTo("assets");
        assertThat(v.prefixed("")).isSameAs(v);
    }

    @Test
    void violation_blankRuleOrMessage_isRejected() {
        assertThatThrownBy(() -> Violation.of("p", " ", "中", "e")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.of("p", "r", "", "e")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.of(null, "r", "中", "e")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void exception_listsEveryViolationInItsMessage_andCopiesTheList() {
        List<Violation> list = new ArrayList<>(List.of(Violation.of("a", "required", "甲缺失", "a missing"),
                Violation.of("b", "non-negative", "乙为负", "b negative")));
        InvalidRecordException e = new InvalidRecordException(list);
        list.clear();
        assertThat(e.violations()).hasSize(2);
        assertThat(e.getMessage()).startsWith("2 violations")
                .contains("a [required] a missing / 甲缺失", "b [non-negative] b negative / 乙为负");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.prefixed("x").violations()).extracting(Violation::path).containsExactly("x.a", "x.b");
    }

    @Test
    void exception_withoutViolations_isRejected() {
        assertThatThrownBy(() -> new InvalidRecordException(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collector_checksAndThrowsOnlyWhenSomethingWasFound() {
        Violations v = new Violations();
        assertThat(v.required("a", "x")).isTrue();
        assertThat(v.notBlank("b", "y")).isTrue();
        assertThat(v.notInFuture("c", LocalDate.of(2030, 1, 1), null)).isTrue();
        assertThat(v.nonNegative("d", 0)).isTrue();
        v.throwIfAny();
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.notInFuture("c", LocalDate.of(2030, 1, 1), LocalDate.of(2029, 12, 31))).isFalse();
        assertThat(v.list()).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("not-in-future");
            assertThat(x.invalidValue()).contains("2030-01-01");
        });
        assertThatThrownBy(v::throwIfAny).isInstanceOf(InvalidRecordException.class);
    }
}
