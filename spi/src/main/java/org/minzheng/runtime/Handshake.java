package org.minzheng.runtime;

import java.util.Objects;

import org.minzheng.core.standards.StandardSet;
import org.minzheng.spi.IncompatibleProviderException;
import org.minzheng.spi.SpiVersion;

/**
 * The checks every plugin passes when the runtime loads it (插件加载检查): a well-formed id and an SPI version
 * this runtime accepts. One place for standards providers and program providers.
 */
final class Handshake {

    private Handshake() {
    }

    /**
     * Checks a plugin's id and SPI version.
     *
     * @param what e.g. "standards provider"
     * @param id the plugin's id
     * @param version the SPI version it states
     * @param type the plugin's class, for messages
     * @throws IncompatibleProviderException if the id is malformed or the version is refused
     */
    static void check(String what, String id, String version, Class<?> type) {
        if (!StandardSet.isValidProviderId(id)) {
            throw new IncompatibleProviderException(type.getName(), what + " " + type.getName() + " has an invalid id '"
                    + id + "': expected lower-case words separated by '.' or '-'", null);
        }
        SpiVersion built;
        try {
            built = SpiVersion.parse(Objects.requireNonNull(version, "spiVersion"));
        } catch (RuntimeException e) {
            throw new IncompatibleProviderException(id, what + " '" + id + "' (" + type.getName()
                    + ") states an invalid SPI version '" + version + "'", e);
        }
        if (!SpiVersion.CURRENT.accepts(built)) {
            throw new IncompatibleProviderException(id, what + " '" + id + "' (" + type.getName()
                    + ") was built for SPI " + built + " but this runtime implements SPI " + SpiVersion.CURRENT
                    + " (accepts " + SpiVersion.CURRENT.major() + ".0 to " + SpiVersion.CURRENT
                    + "); use a plugin release built for this runtime / 插件所依据的接口版本与运行时不兼容", null);
        }
    }
}
