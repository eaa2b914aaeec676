package com.example.dantu;

import java.util.Collection;

import com.example.dantu.meals.MealSubsidy;
import org.minzheng.core.standards.StandardValue;
import org.minzheng.json.standards.FileStandardsProvider;
import org.minzheng.json.standards.StandardsFiles;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

/** The example plugin's standards: the file dantu-example/standards.yaml on the class path, read once. */
public final class DantuStandards implements StandardsProvider {

    private final FileStandardsProvider file = StandardsFiles.loader()
            .withStandards(MealSubsidy.PROGRAM.standards())
            .loadResources(DantuStandards.class.getClassLoader(), "dantu-example/standards.yaml")
            .get(0);

    /** Reads the file (for {@link java.util.ServiceLoader}). */
    public DantuStandards() {
    }

    @Override
    public String id() {
        return file.id();
    }

    @Override
    public String spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public int priority() {
        return file.priority();
    }

    @Override
    public Collection<StandardValue<?>> values(StandardsQuery query) {
        return file.values(query);
    }
}
