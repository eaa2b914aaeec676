package org.minzheng.spi;

import java.util.Objects;

/**
 * A plugin that the runtime refuses (插件不兼容): built for an SPI version this runtime cannot serve, or
 * otherwise breaking the SPI contract (an invalid id, a duplicate id, a failure while loading its data).
 * The message names the provider, its class and what is wrong.
 */
public final class IncompatibleProviderException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String providerId;

    /**
     * Creates the exception.
     *
     * @param providerId the provider's id, or its class name when the id itself is unusable
     * @param message what is wrong
     * @param cause the underlying failure, may be null
     * @throws NullPointerException if {@code providerId} or {@code message} is null
     */
    public IncompatibleProviderException(String providerId, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.providerId = Objects.requireNonNull(providerId, "providerId");
    }

    /**
     * The provider refused.
     *
     * @return its id, or its class name when the id is unusable
     */
    public String providerId() {
        return providerId;
    }
}
