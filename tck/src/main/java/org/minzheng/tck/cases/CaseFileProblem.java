package org.minzheng.tck.cases;

import java.util.Objects;

/**
 * One problem in a policy-case file (用例文件错误): the file, the line, the path inside the document and
 * what is wrong.
 *
 * @param file the file or resource name
 * @param line the 1-based line, or 0 when unknown
 * @param path the path inside the document, e.g. {@code [2].household.members[0].birth}
 * @param message what is wrong and what is expected
 */
public record CaseFileProblem(String file, int line, String path, String message) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public CaseFileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** E.g. {@code dibao.yaml:14: [0].household.hukou: unknown code 'town'; expected one of urban, rural}. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
