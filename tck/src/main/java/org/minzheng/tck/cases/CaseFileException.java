package org.minzheng.tck.cases;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Policy-case files that cannot be read (用例文件无法读取): every problem found, each naming the file,
 * line and path. Loading is all-or-nothing.
 */
public final class CaseFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<CaseFileProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems; at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public CaseFileException(List<CaseFileProblem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<CaseFileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        return problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in policy-case files (用例文件有误):\n  "
                + problems.stream().map(CaseFileProblem::toString).collect(Collectors.joining("\n  "));
    }

    /**
     * Every problem, in file order.
     *
     * @return an unmodifiable list of at least one problem
     */
    public List<CaseFileProblem> problems() {
        return problems;
    }
}
