package org.minzheng.core.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.identity.DisabilityCategory;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.IdentifierKind;
import org.minzheng.core.identity.Reason;
import org.minzheng.core.identity.RegionLevel;

/** The coded enums of the foundation keep the {@link Coded} rules. */
class CodedEnumsTest {

    @ParameterizedTest
    @ValueSource(classes = {Gender.class, RegionLevel.class, DisabilityCategory.class,
        IdentifierKind.class, Reason.class})
    void codes_areLowerCaseUniqueAndNamed(Class<?> type) {
        Coded[] constants = (Coded[]) type.getEnumConstants();
        assertThat(constants).allSatisfy(c -> {
            assertThat(c.code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
            assertThat(c.chineseName()).isNotBlank().matches(".*\\p{IsHan}.*");
            assertThat(c.englishName()).isNotBlank();
        });
        assertThat(Arrays.stream(constants).map(Coded::code).distinct()).hasSize(constants.length);
    }

    @ParameterizedTest
    @ValueSource(classes = {Gender.class, RegionLevel.class, DisabilityCategory.class,
        IdentifierKind.class, Reason.class})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void fromCode_ofEachCode_returnsTheConstant(Class type) {
        for (Object constant : type.getEnumConstants()) {
            assertThat(Coded.fromCode(type, ((Coded) constant).code())).isSameAs(constant);
        }
    }
}
