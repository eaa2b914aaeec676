package org.minzheng.json.standards;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One problem in a standards file (标准文件中的一处错误): where it is and what is wrong.
 *
 * @param source the file path or class-path resource name
 * @param line the 1-based line, or 0 when the problem concerns the file as a whole
 * @param entry the 1-based position of the entry in {@code values}, if the problem is in an entry
 * @param standard the standard code of that entry, if known
 * @param message what is wrong, in English and Chinese
 */
public record StandardsFileProblem(String source, int line, OptionalInt entry, Optional<String> standard,
        String message) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public StandardsFileProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The problem as one line, e.g.
     * {@code jiangsu.yaml:12: entry 3 (dibao.standard.urban): until 2022-01-01 is not after from ...}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(source);
        if (line > 0) {
            b.append(':').append(line);
        }
        b.append(": ");
        if (entry.isPresent()) {
            b.append("entry ").append(entry.getAsInt());
            standard.ifPresent(s -> b.append(" (").append(s).append(')'));
            b.append(": ");
        }
        return b.append(message).toString();
    }
}
