package org.minzheng.json.standards;

import java.util.List;
import java.util.Objects;

/**
 * Standards files that cannot be loaded (标准文件无法加载). Loading is all-or-nothing: this exception
 * lists every problem found in every file, and no provider is returned.
 */
public final class StandardsFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<StandardsFileProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public StandardsFileException(List<StandardsFileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<StandardsFileProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        StringBuilder b = new StringBuilder()
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append(" in standards files (标准文件有误，未加载任何标准值):");
        for (StandardsFileProblem p : problems) {
            b.append("\n  ").append(p);
        }
        return b.toString();
    }

    /**
     * Every problem found, in file order.
     *
     * @return an unmodifiable list of at least one problem
     */
    public List<StandardsFileProblem> problems() {
        return problems;
    }
}
