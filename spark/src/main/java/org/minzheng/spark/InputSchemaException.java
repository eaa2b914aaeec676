package org.minzheng.spark;

import java.io.Serial;
import java.util.List;

/**
 * The embedder's table does not fit the declared row schema under the column mapping (输入结构不符): thrown on the
 * driver before any row is read. The message names fields and types only, never data.
 */
public final class InputSchemaException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The problems, one a line, each with the canonical path, the embedder's name and the reason. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found (at least one)
     */
    public InputSchemaException(List<String> problems) {
        super("the household table does not fit the row schema (输入表结构与约定的行结构不符):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems found.
     *
     * @return one line per problem
     */
    public List<String> problems() {
        return problems;
    }
}
