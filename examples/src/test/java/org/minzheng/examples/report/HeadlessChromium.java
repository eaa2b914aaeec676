package org.minzheng.examples.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Debian's headless Chromium and its driver for browser tests (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them where missing). Paths: {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, or {@code MINZHENG_CHROMIUM} and {@code MINZHENG_CHROMEDRIVER}.
 *
 * <p>Without them the tests are skipped with a message saying how to install them; with {@code CI=true} they are
 * enabled and fail in {@code beforeAll}, as the database tests do (see {@code DatabaseExtension}).
 */
public final class HeadlessChromium implements ExecutionCondition, BeforeAllCallback {

    private final Map<String, String> env;

    /** Reads the process environment. */
    public HeadlessChromium() {
        this(System.getenv());
    }

    HeadlessChromium(Map<String, String> env) {
        this.env = env;
    }

    /** The browser binary. */
    Path browser() {
        return Path.of(env.getOrDefault("MINZHENG_CHROMIUM", "/usr/bin/chromium"));
    }

    /** The driver binary. */
    Path driver() {
        return Path.of(env.getOrDefault("MINZHENG_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    boolean inCi() {
        return "true".equalsIgnoreCase(env.getOrDefault("CI", "").trim());
    }

    /** What is missing, if anything. */
    Optional<String> problem() {
        for (Path p : new Path[] {browser(), driver()}) {
            if (!Files.isExecutable(p)) {
                return Optional.of("no executable " + p);
            }
        }
        return Optional.empty();
    }

    String missingMessage(String problem) {
        return "headless Chromium is not available (" + problem + "); the browser tests are skipped. Install it with "
                + "`apt-get install -y chromium chromium-driver` (as .ci/run does) or set MINZHENG_CHROMIUM and "
                + "MINZHENG_CHROMEDRIVER. With CI=true these tests fail instead of skipping.";
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> problem = problem();
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("headless Chromium at " + browser());
        }
        if (inCi()) {
            return ConditionEvaluationResult.enabled("CI=true: headless Chromium is required");
        }
        return ConditionEvaluationResult.disabled(missingMessage(problem.get()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        problem().ifPresent(p -> {
            throw new IllegalStateException(missingMessage(p).replace("are skipped", "cannot run")
                    + " CI=true, so this is a failure, not a skip.");
        });
    }
}
