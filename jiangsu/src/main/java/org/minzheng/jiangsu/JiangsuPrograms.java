package org.minzheng.jiangsu;

import java.util.List;

import org.minzheng.core.rule.ProgramRule;
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
        return List.of(SpringFestivalGift.PROGRAM);
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
