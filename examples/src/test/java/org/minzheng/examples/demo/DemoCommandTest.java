package org.minzheng.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.identity.Gender;
import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.money.Money;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.HukouType;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;
import org.minzheng.core.registry.Relation;
import org.minzheng.json.MinzhengJson;

import tools.jackson.databind.JsonNode;

/** The demo end to end, at a small scale. */
class DemoCommandTest {

    static String run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = DemoCommand.execute(new PrintStream(bytes, true, StandardCharsets.UTF_8), args);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        return out;
    }

    @Test
    void run_smallDistrict_printsTheReportBesideThePublishedFiguresAndWritesTheFiles(@TempDir Path dir) throws Exception {
        String out = run("run", "--scale", "0.02", "--seed", "7", "-o", dir.toString());

        assertThat(out).contains("最低生活保障").contains("主要指标").contains("dantu-report.html").contains("总用时");
        String html = Files.readString(dir.resolve("dantu-report.html"));
        assertThat(html).contains("<svg").contains("高资街道").doesNotContain("<script");
        JsonNode json = MinzhengJson.mapper().readTree(Files.readString(dir.resolve("dantu-report.json")));
        Map<String, JsonNode> headline = new HashMap<>();
        json.get("headline").forEach(n -> headline.put(n.get("figure").asString(), n));
        // Every headline figure is reported beside the published one; how close it comes is DistrictBandTest's
        // question (the figures come from a generated population and the rules, not from the generator).
        for (String count : new String[] {"dibao/in-coverage/subjects", "dibao/cancelled/subjects",
            "tekun/in-coverage/subjects", "senior-allowance/in-coverage/subjects", "child-subsidy/in-coverage/subjects",
            "home-care/services/subjects", "elderly-accident-insurance/services/subjects"}) {
            JsonNode n = headline.get(count);
            assertThat(n).as(count).isNotNull();
            assertThat(n.get("value").asInt()).as(count + " " + n).isPositive();
        }
        assertThat(headline.get("left-behind-child-care/record-in-force/subjects").get("value").asInt())
                .isEqualTo(headline.get("left-behind-child-care/in-coverage/subjects").get("value").asInt());
        assertThat(json.get("programs").findValuesAsString("program")).as("the plugin's own program is reported")
                .contains("js-spring-festival");

        // Resuming a finished run: the months before the last one the database holds are complete;
        // that one is run again and posts nothing; the report is the same.
        String again = run("run", "--scale", "0.02", "--seed", "7", "-o", dir.toString(), "--resume");
        assertThat(again).contains("2022-01 已完成").contains("2022-09 已完成")
                .doesNotContain("2022-10 已完成").containsPattern("2022-10 .*入账 0，");
        JsonNode resumed = MinzhengJson.mapper().readTree(Files.readString(dir.resolve("dantu-report.json")));
        assertThat(resumed.get("headline")).isEqualTo(json.get("headline"));
    }

    @Test
    void assess_householdFromJson_printsTheDecisionWithItsExplanation(@TempDir Path dir) throws Exception {
        Person head = Person.builder().id("P1").name("王秀英").birthDate(LocalDate.of(1950, 3, 1)).gender(Gender.FEMALE)
                .hukou(HukouType.RURAL).build();
        Household h = Household.builder().id("H1").region(RegionCode.parse("321112101201")).address("辛丰镇某村3组")
                .hukou(HukouType.RURAL).member(head, Relation.HEAD).assets(Assets.NONE)
                .income(Income.of(IncomeKind.PENSION, Money.of("300.00"), PersonId.of("P1"))).build();
        Path file = dir.resolve("household.json");
        Files.writeString(file, MinzhengJson.mapper().writeValueAsString(h));

        String zh = run("assess", file.toString(), "--program", "dibao", "--month", "2022-10");
        String en = run("assess", file.toString(), "--program", "senior-allowance", "--month", "2022-10", "--lang", "en");

        assertThat(zh).contains("最低生活保障").contains("符合条件");
        assertThat(en).contains("senior").contains("not eligible");
    }
}
