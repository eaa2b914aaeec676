package org.minzheng.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.minzheng.core.identity.Gender;
import org.junit.jupiter.api.Test;

class CodedTest {

    @Test
    void fromCode_knownCode_returnsConstant() {
        assertThat(Coded.fromCode(Gender.class, "female")).isEqualTo(Gender.FEMALE);
        assertThat(Coded.findByCode(Gender.class, "male")).contains(Gender.MALE);
    }

    @Test
    void fromCode_unknownCode_namesBadAndValidCodes() {
        assertThatThrownBy(() -> Coded.fromCode(Gender.class, "FEMALE"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"FEMALE\"")
                .hasMessageContaining("[male, female]");
        assertThat(Coded.findByCode(Gender.class, null)).isEmpty();
    }
}
