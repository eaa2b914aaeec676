package org.minzheng.json;

import java.util.List;
import java.util.Objects;

import org.minzheng.core.invariant.Violation;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A document whose content breaks the rules of the model (文档内容不符合模型规则): a malformed
 * identifier or amount, an unknown code, a missing required property, or a record invariant
 * (exactly one head of household, birth date matching the identity number, …).
 *
 * <p>Each {@link Violation} names the place as a JSON Pointer ({@code /members/1/person/birthDate})
 * relative to the outermost minzheng value being read; {@link #getPath()} locates that value in
 * the enclosing document when it is nested in another type. Values are masked where personal.
 * All violations found in one aggregate are reported together; malformed JSON (syntax errors,
 * wrong token types, over-limit documents) still fails at the first error with Jackson's own
 * exceptions.
 */
public final class InvalidDocumentException extends DatabindException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param parser the parser, for the location; may be {@code null}
     * @param violations the violations; at least one
     */
    public InvalidDocumentException(JsonParser parser, List<Violation> violations) {
        super(parser, describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation is required");
        }
        StringBuilder b = new StringBuilder("Invalid document (文档内容无效): ").append(violations.size())
                .append(violations.size() == 1 ? " violation" : " violations");
        for (Violation v : violations) {
            b.append("; ").append(v.path().isEmpty() ? "/" : v.path()).append(" [").append(v.rule()).append("] ")
                    .append(v.messageEn()).append(" / ").append(v.messageZh());
            v.invalidValue().ifPresent(x -> b.append(" (value: ").append(x).append(')'));
        }
        return b.toString();
    }

    /**
     * The violations, paths as JSON Pointers.
     *
     * @return an unmodifiable list of at least one violation
     */
    public List<Violation> violations() {
        return violations;
    }
}
