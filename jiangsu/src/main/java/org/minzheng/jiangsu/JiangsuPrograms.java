package org.minzheng.jiangsu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.minzheng.core.rule.ProgramRule;
import org.minzheng.core.standards.Standard;
import org.minzheng.jiangsu.springfestival.SpringFestivalGift;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;

/**
 * The Jiangsu reference plugin's own programs (江苏参考插件的地方项目): the Spring Festival consolation payment
 * ({@link SpringFestivalGift}). Found with {@link java.util.ServiceLoader}; its standards' values are in the
 * plugin's standards file ({@link JiangsuStandardsProvider}).
 */
public final class JiangsuPrograms implements ProgramProvider {

    /** The provider's id. */
    public static final String ID = "jiangsu-example";

    /** The plugin's programs, in report order: adding a program is adding it here. */
    private static final List<ProgramRule<?>> PROGRAMS = List.of(SpringFestivalGift.PROGRAM);

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public JiangsuPrograms() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String spiVersion() {
        return StandardsProvider.SPI_VERSION;
    }

    @Override
    public List<ProgramRule<?>> programs() {
        return PROGRAMS;
    }

    /**
     * The standards the plugin's own programs declare, each once: the standards file may hold their values.
     *
     * @return an unmodifiable list
     */
    public static List<Standard<?>> standards() {
        Map<String, Standard<?>> out = new LinkedHashMap<>();
        for (ProgramRule<?> p : PROGRAMS) {
            for (Standard<?> s : p.standards()) {
                out.putIfAbsent(s.code(), s);
            }
        }
        return List.copyOf(out.values());
    }

    @Override
    public String description() {
        return "江苏省镇江市丹徒区 reference programs: 春节慰问金";
    }

    @Override
    public String toString() {
        return "JiangsuPrograms[" + ID + "]";
    }
}
