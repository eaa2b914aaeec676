package com.example.dantu;

import java.util.List;

import com.example.dantu.meals.MealSubsidy;
import org.minzheng.core.rule.ProgramRule;
import org.minzheng.spi.ProgramProvider;
import org.minzheng.spi.StandardsProvider;

/** The example plugin's programs: 老年助餐补贴. Found with {@link java.util.ServiceLoader}. */
public final class DantuPrograms implements ProgramProvider {

    /** Creates the provider (for {@link java.util.ServiceLoader}). */
    public DantuPrograms() {
    }

    @Override
    public String id() {
        return "dantu-example";
    }

    @Override
    public String spiVersion() {
        return StandardsProvider.SPI_VERSION;
    }

    @Override
    public List<ProgramRule<?>> programs() {
        return List.of(MealSubsidy.PROGRAM);
    }
}
