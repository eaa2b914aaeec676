package org.minzheng.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link MinzhengConfigurationException} into Spring Boot's start-up report ("APPLICATION FAILED TO START",
 * the problems, then the action), instead of a stack trace.
 */
public final class MinzhengFailureAnalyzer extends AbstractFailureAnalyzer<MinzhengConfigurationException> {

    /** Creates the analyzer (Spring Boot instantiates it from {@code META-INF/spring.factories}). */
    public MinzhengFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MinzhengConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
