package org.minzheng.core.program;

import java.util.Objects;

/**
 * A document a program rests on (政策依据): its title and its issue number.
 *
 * @param title the title in Chinese, e.g. {@code 社会救助暂行办法}
 * @param reference the issuing reference, e.g. {@code 国务院令第649号}
 */
public record LegalBasis(String title, String reference) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     * @throws IllegalArgumentException if a component is blank
     */
    public LegalBasis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reference, "reference");
        if (title.isBlank() || reference.isBlank()) {
            throw new IllegalArgumentException("title and reference must not be blank");
        }
    }

    /**
     * The citation as usually written: {@code 《title》（reference）}.
     *
     * @return the citation
     */
    @Override
    public String toString() {
        return "《" + title + "》（" + reference + "）";
    }
}
