package org.minzheng.spring.boot;

import java.util.List;
import java.util.Objects;

/**
 * The application's minzheng configuration cannot work (民政配置错误): standards missing or invalid, a property
 * malformed, a file unreadable. Thrown while the context starts, so the application stops at once; Spring Boot prints
 * {@link #problems()} and {@link #action()} through {@link MinzhengFailureAnalyzer}.
 *
 * <p>Messages name standards, regions, files and properties, never personal data.
 */
public final class MinzhengConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final String action;

    /**
     * Creates the exception.
     *
     * @param summary what is wrong, in one sentence
     * @param problems every problem found, one a line
     * @param action what to do about it
     * @param cause the underlying exception, or null
     */
    public MinzhengConfigurationException(String summary, List<String> problems, String action, Throwable cause) {
        super(summary + (problems.isEmpty() ? "" : ":\n  - " + String.join("\n  - ", problems)), cause);
        this.problems = List.copyOf(problems);
        this.action = Objects.requireNonNull(action, "action");
    }

    /**
     * Every problem found.
     *
     * @return the problems, one a line
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * What to do about it.
     *
     * @return the action
     */
    public String action() {
        return action;
    }
}
