package org.minzheng.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The browser tests skip without Chromium, except in CI, where they fail. */
class HeadlessChromiumTest {

    private static final Map<String, String> MISSING = Map.of("MINZHENG_CHROMIUM", "/nonexistent/chromium",
            "MINZHENG_CHROMEDRIVER", "/nonexistent/chromedriver");

    @Test
    void missingBrowser_outsideCi_skipsWithAMessageSayingHowToInstallIt() {
        HeadlessChromium c = new HeadlessChromium(MISSING);
        var result = c.evaluateExecutionCondition(null);
        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).get().asString().contains("/nonexistent/chromium")
                .contains("apt-get install -y chromium chromium-driver");
    }

    @Test
    void missingBrowser_inCi_isEnabledAndFailsBeforeAll() {
        Map<String, String> env = new java.util.HashMap<>(MISSING);
        env.put("CI", "true");
        HeadlessChromium c = new HeadlessChromium(env);
        assertThat(c.evaluateExecutionCondition(null).isDisabled()).isFalse();
        assertThatThrownBy(() -> c.beforeAll(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CI=true, so this is a failure");
    }
}
