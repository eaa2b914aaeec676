package org.minzheng.spi;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the minzheng SPI (服务提供者接口版本) a plugin was built against, for the handshake
 * between a plugin and the runtime.
 *
 * <p>A plugin states its version as a compile-time constant — {@link StandardsProvider#spiVersion()}
 * returns {@link StandardsProvider#SPI_VERSION}, which {@code javac} copies into the plugin's class —
 * so the runtime sees the version the plugin was <em>compiled</em> with. The runtime accepts a plugin
 * whose major version equals its own and whose minor version is not newer ({@link #accepts(SpiVersion)}):
 * minor versions only add {@code default} methods.
 *
 * @param major incremented for incompatible changes
 * @param minor incremented for compatible additions
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

    /** The version of this runtime's SPI. */
    public static final SpiVersion CURRENT = parse(StandardsProvider.SPI_VERSION);

    /**
     * Checks the parts.
     *
     * @param major the major version, not negative
     * @param minor the minor version, not negative
     * @throws IllegalArgumentException if a part is negative
     */
    public SpiVersion {
        if (major < 0 || minor < 0) {
            throw new IllegalArgumentException("SPI version parts must not be negative: " + major + "." + minor);
        }
    }

    /**
     * Parses {@code "major.minor"}, e.g. {@code "1.0"}.
     *
     * @param text the version text
     * @return the version
     * @throws IllegalArgumentException if the text is not of the form {@code major.minor}
     * @throws NullPointerException if {@code text} is null
     */
    public static SpiVersion parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text"));
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed SPI version '" + text + "': expected major.minor, e.g. 1.0");
        }
        return new SpiVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * Whether a runtime of this version can use a plugin built for {@code plugin}: same major version, and
     * the plugin's minor version not newer than this one.
     *
     * @param plugin the version the plugin was built for
     * @return true when compatible
     * @throws NullPointerException if {@code plugin} is null
     */
    public boolean accepts(SpiVersion plugin) {
        return major == plugin.major && plugin.minor <= minor;
    }

    @Override
    public int compareTo(SpiVersion o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    /** {@code major.minor}. */
    @Override
    public String toString() {
        return major + "." + minor;
    }
}
