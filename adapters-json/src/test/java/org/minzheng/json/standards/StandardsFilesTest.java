package org.minzheng.json.standards;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.tekun.Tekun;
import org.minzheng.core.programs.homecare.HomeCare;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.standards.ResolvedStandards;
import org.minzheng.core.standards.Rounding;
import org.minzheng.core.standards.StandardsResolver;
import org.minzheng.spi.StandardsProvider;
import org.minzheng.spi.StandardsQuery;

class StandardsFilesTest {

    private static final String DIR = "org/minzheng/json/standards/";
    private final StandardsFiles loader = StandardsFiles.loader();

    @TempDir
    Path tmp;

    private Path write(String name, String content) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private StandardsFileException failure(String name, String content) throws IOException {
        Path file = write(name, content);
        return (StandardsFileException) org.assertj.core.api.Assertions.catchThrowable(() -> loader.load(file));
    }

    @Test
    void loadResources_yamlAndJsonOfOneProvider_mergeIntoOneProvider() {
        List<FileStandardsProvider> providers = loader.loadResources(getClass().getClassLoader(),
                DIR + "jiangsu-example.yaml", DIR + "jiangsu-example-2025.json");
        assertThat(providers).hasSize(1);
        FileStandardsProvider p = providers.get(0);
        assertThat(p.id()).isEqualTo("jiangsu-example");
        assertThat(p.priority()).isEqualTo(10);
        assertThat(p.spiVersion()).isEqualTo(StandardsProvider.SPI_VERSION);
        assertThat(p.values(StandardsQuery.all())).hasSize(7);
        assertThat(p.sources()).containsExactly(DIR + "jiangsu-example.yaml", DIR + "jiangsu-example-2025.json");
    }

    @Test
    void loadedValues_areTypedByTheirStandard_andResolve() {
        FileStandardsProvider p = loader.loadResources(getClass().getClassLoader(), DIR + "jiangsu-example.yaml",
                DIR + "jiangsu-example-2025.json").get(0);
        ResolvedStandards zhenjiang2022 = StandardsResolver.of(List.of(p.standardSet()))
                .resolve(RegionCode.parse("321112"), LocalDate.of(2022, 12, 1));
        assertThat(zhenjiang2022.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("870.00"));
        assertThat(zhenjiang2022.get(Dibao.ROUNDING)).isEqualTo(Rounding.YUAN);
        assertThat(zhenjiang2022.get(Tekun.AGE_ELDERLY)).isEqualTo(60);
        ResolvedStandards zhenjiang2025 = StandardsResolver.of(List.of(p.standardSet()))
                .resolve(RegionCode.parse("321112"), LocalDate.of(2025, 3, 1));
        assertThat(zhenjiang2025.get(Dibao.STANDARD_URBAN)).isEqualTo(Money.of("905.00"));
        assertThat(zhenjiang2025.get(Dibao.STANDARD_RURAL)).isEqualTo(Money.of("800.50"));
        assertThat(zhenjiang2025.get(HomeCare.GROUP_LIVING_ALONE)).isTrue();
        assertThat(zhenjiang2025.get(Tekun.BASIC_MULTIPLE)).isEqualByComparingTo(new BigDecimal("1.3"));
        assertThat(p.values(StandardsQuery.forRegion(RegionCode.parse("321112"), LocalDate.of(2022, 12, 1))))
                .extracting(v -> v.standard().code())
                .containsExactlyInAnyOrder("dibao.standard.urban", "dibao.rounding", "tekun.age.elderly");
    }

    @Test
    void loadDirectory_readsStandardsFilesInNameOrder() throws IOException {
        write("b.yaml", "provider: b\nvalues: []\n");
        write("a.json", "{\"provider\":\"a\",\"values\":[]}");
        write("notes.txt", "ignored");
        assertThat(loader.load(tmp)).extracting(FileStandardsProvider::id).containsExactly("a", "b");
    }

    @Test
    void load_unknownStandardCode_namesFileLineAndEntry() throws IOException {
        StandardsFileException e = failure("x.yaml", """
                provider: x
                values:
                  - standard: dibao.standard.urban
                    region: "321100"
                    from: 2022-07-01
                    value: 870.00
                    source: illustrative
                  - standard: dibao.standard.martian
                    region: "321100"
                    from: 2022-07-01
                    value: 870.00
                    source: illustrative
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.source()).endsWith("x.yaml");
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.entry()).hasValue(2);
            assertThat(p.message()).contains("unknown standard 'dibao.standard.martian'");
        });
        assertThat(e).hasMessageContaining("x.yaml:8: entry 2 (dibao.standard.martian): unknown standard");
    }

    @Test
    void load_wrongValueTypes_areEachReported() throws IOException {
        StandardsFileException e = failure("types.yaml", """
                provider: x
                values:
                  - {standard: dibao.standard.urban, region: "32", from: 2022-01-01, value: 870.005, source: s}
                  - {standard: dibao.standard.rural, region: "32", from: 2022-01-01, value: 8.7e2, source: s}
                  - {standard: tekun.age.elderly, region: "32", from: 2022-01-01, value: "60", source: s}
                  - {standard: tekun.age.minor, region: "32", from: 2022-01-01, value: 16.5, source: s}
                  - {standard: homecare.group.disabled, region: "32", from: 2022-01-01, value: "yes", source: s}
                  - {standard: dibao.rounding, region: "32", from: 2022-01-01, value: jiao, source: s}
                  - {standard: dibao.standard.urban, region: "32", from: 2030-01-01, value: -1, source: s}
                """);
        assertThat(e.problems()).hasSize(7).allSatisfy(p -> assertThat(p.message()).contains("is not valid for"));
        assertThat(e.problems()).extracting(StandardsFileProblem::line).containsExactly(3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void load_invertedInterval_isAnError() throws IOException {
        StandardsFileException e = failure("inv.json", """
                {"provider": "x", "values": [
                  {"standard": "dibao.standard.urban", "region": "321100",
                   "from": "2023-07-01",
                   "until": "2023-07-01", "value": "870", "source": "s"}]}
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.entry()).hasValue(1);
            assertThat(p.message()).contains("inverted interval");
        });
    }

    @Test
    void load_overlapWithinFile_namesBothEntries() throws IOException {
        StandardsFileException e = failure("o.yaml", """
                provider: x
                values:
                  - {standard: dibao.standard.urban, region: "321100", from: 2022-07-01, until: 2023-07-02, value: 870, source: s}
                  - {standard: dibao.standard.urban, region: "321100000000", from: 2023-07-01, value: 905, source: s}
                  - {standard: dibao.standard.urban, region: "3211", from: 2021-01-01, until: 2022-07-01, value: 800, source: s}
                """);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.entry()).hasValue(2);
            assertThat(p.message()).contains("overlaps entry 1").contains("(line 3)");
        });
    }

    @Test
    void load_overlapAcrossFilesOfOneProvider_isAnError_andNothingLoads() throws IOException {
        write("a.yaml", """
                provider: x
                values:
                  - {standard: dibao.standard.urban, region: "321100", from: 2022-07-01, value: 870, source: s}
                """);
        write("b.yaml", """
                provider: x
                values:
                  - {standard: dibao.standard.urban, region: "321100", from: 2024-01-01, value: 905, source: s}
                """);
        write("c.yaml", "provider: y\nvalues: []\n");
        assertThatThrownBy(() -> loader.load(tmp))
                .isInstanceOf(StandardsFileException.class)
                .hasMessageContaining("b.yaml:3: entry 1 (dibao.standard.urban): overlaps entry 1 of")
                .hasMessageContaining("a.yaml");
    }

    @Test
    void load_oneBadFileAmongGoodOnes_loadsNothing() throws IOException {
        Path good = write("good.yaml", "provider: good\nvalues: []\n");
        Path bad = write("bad.yaml", "provider: bad\nvalues: [{standard: dibao.standard.urban}]\n");
        StandardsFileException e = (StandardsFileException) org.assertj.core.api.Assertions
                .catchThrowable(() -> loader.load(good, bad));
        assertThat(e.problems()).extracting(StandardsFileProblem::message)
                .containsExactly("region is required (缺少 region)".replace("region", "from"),
                        "value is required (缺少 value)", "source is required (缺少 source)");
    }

    @Test
    void load_structuralProblems_areReportedWithLines() throws IOException {
        StandardsFileException e = failure("s.yaml", """
                provider: x
                priority: high
                colour: blue
                values:
                  - standard: dibao.standard.urban
                    region: 321100
                    from: 2022-7-1
                    value: 870
                    source: s
                    note: hello
                """);
        assertThat(e.problems()).extracting(StandardsFileProblem::line).containsExactly(2, 3, 10, 6, 7);
        assertThat(e.getMessage()).contains("priority must be a whole number", "unknown property 'colour'",
                "unknown property 'note'", "region must be a quoted string", "from must be an ISO-8601 date");
    }

    @Test
    void load_malformedOrDuplicateKeys_areErrors() throws IOException {
        assertThat(failure("d.yaml", "provider: x\nprovider: y\nvalues: []\n").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("not well-formed"));
        assertThat(failure("d.json", "{\"provider\":\"x\",\"provider\":\"y\",\"values\":[]}").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("duplicate property 'provider'"));
        assertThat(failure("e.json", "{\"provider\":\"x\",\"values\":[{\"standard\":\"tekun.age.elderly\","
                + "\"from\":\"2022-01-01\",\"value\":60,\"value\":61,\"source\":\"s\"}]}").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("duplicate property 'value'"));
        assertThat(failure("m.json", "{\"provider\":\"x\",\n\"values\":[}").problems())
                .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        assertThat(failure("t.json", "{\"provider\":\"x\",\"values\":[]} []").problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains("after the end"));
    }

    @Test
    void load_missingProviderOrValues_isAnError() throws IOException {
        assertThat(failure("e.yaml", "priority: 1\n").getMessage())
                .contains("provider is required").contains("values is required");
    }

    @Test
    void loadResources_missingResource_isAProblem() {
        assertThatThrownBy(() -> loader.loadResources(getClass().getClassLoader(), DIR + "nope.yaml"))
                .isInstanceOf(StandardsFileException.class)
                .hasMessageContaining("nope.yaml: no such class-path resource");
    }

    @Test
    void load_emptyDirectoryOrUnknownExtension_isAProblem() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        assertThatThrownBy(() -> loader.load(empty)).hasMessageContaining("no .yaml, .yml or .json files");
        Path txt = write("x.txt", "provider: x");
        assertThatThrownBy(() -> loader.load(txt)).hasMessageContaining("unknown file type");
    }

    @Test
    void load_priorityDisagreement_isAnError() throws IOException {
        write("a.yaml", "provider: x\npriority: 1\nvalues: []\n");
        write("b.yaml", "provider: x\npriority: 2\nvalues: []\n");
        assertThatThrownBy(() -> loader.load(tmp)).hasMessageContaining("has priority 2 here but 1");
    }

    @Test
    void loadProvider_severalProviders_isAnError() throws IOException {
        write("a.yaml", "provider: a\nvalues: []\n");
        write("b.yaml", "provider: b\nvalues: []\n");
        assertThatThrownBy(() -> loader.loadProvider(tmp)).hasMessageContaining("exactly one provider");
        assertThat(loader.loadProvider(tmp.resolve("a.yaml")).id()).isEqualTo("a");
    }

    @Test
    void load_overLimit_isAProblem() throws IOException {
        Path big = write("big.yaml", "provider: x\nvalues: []\n# " + "x".repeat(5000) + "\n");
        assertThatThrownBy(() -> loader.withLimits(StandardsFiles.LIMITS.withMaxDocumentLength(1000)).load(big))
                .isInstanceOf(StandardsFileException.class);
    }
}
