package org.minzheng.tck.cases;

import org.minzheng.core.programs.dibao.Dibao;
import org.minzheng.core.programs.NationalPrograms;
import org.minzheng.runtime.Programs;
import org.minzheng.core.registry.Placement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.minzheng.core.money.Money;
import org.minzheng.core.registry.IncomeKind;
import org.minzheng.core.registry.SelfCareAbility;
import org.minzheng.core.standards.Rounding;

class PolicyCaseFilesTest {

    static final String VALID = """
            - name: 三口之家按差额发放
              program: dibao
              period: 2022-10
              region: "321112"
              standards:
                dibao.rounding: FEN
              household:
                hukou: rural
                enrolled: [dibao]
                members:
                  - relation: head
                    birth: 1977-03-01
                    gender: male
                    incomes: {wage: 1200.00}
                  - {relation: spouse, birth: 1979-06-01, gender: female}
                  - {relation: child, birth: 2012-09-01, gender: male}
              expect:
                eligible: true
                amount: 1497.00
                reasons: []
                components: {base: 1410.00, add-on: 87.00}
            """;

    private static List<PolicyCase> read(String name, String text) {
        return PolicyCaseFiles.read(Programs.builtIn(), name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static CaseFileProblem onlyProblem(String name, String text) {
        try {
            read(name, text);
        } catch (CaseFileException e) {
            assertThat(e.problems()).hasSize(1);
            return e.problems().get(0);
        }
        throw new AssertionError("expected a CaseFileException");
    }

    @Test
    void read_validYaml_mapsEveryBlock() {
        PolicyCase c = read("dibao.yaml", VALID).get(0);
        assertThat(c.name()).isEqualTo("三口之家按差额发放");
        assertThat(c.qualifiedName()).isEqualTo("dibao.yaml › 三口之家按差额发放");
        assertThat(c.line()).isEqualTo(1);
        assertThat(c.program()).isEqualTo(NationalPrograms.DIBAO);
        assertThat(c.period()).isEqualTo(YearMonth.of(2022, 10));
        assertThat(c.region().shortForm()).isEqualTo("321112");
        assertThat(c.overrides()).hasValueSatisfying(r -> assertThat(r.values())
                .containsEntry(Dibao.ROUNDING, Rounding.FEN));
        assertThat(c.facts().household().size()).isEqualTo(3);
        assertThat(c.facts().household().monthlyIncome(IncomeKind.WAGE)).isEqualTo(Money.of("1200.00"));
        assertThat(c.facts().enrolments().householdIn(c.facts().household().id(), NationalPrograms.DIBAO)).isTrue();
        assertThat(c.facts().personIfAny()).isEmpty();
        assertThat(c.expectation().amount()).isEqualTo(Money.of("1497.00"));
        assertThat(c.expectation().reasons()).contains(List.of());
        assertThat(c.expectation().components()).hasValueSatisfying(m -> assertThat(m)
                .containsEntry("base", Money.of("1410.00")));
    }

    @Test
    void read_json_isTheSameFormat() {
        String json = """
                [{"name": "json case", "program": "senior-allowance", "period": "2022-10", "region": "321112",
                  "household": {"hukou": "rural", "members": [
                     {"relation": "head", "birth": "1942-10-31", "gender": "female", "subject": true,
                      "self-care-lost": 2, "placement": "institution"}]},
                  "expect": {"eligible": true, "amount": "50.00", "category": "80-89"}}]
                """;
        PolicyCase c = read("senior.json", json).get(0);
        assertThat(c.facts().person().birthDate()).hasToString("1942-10-31");
        assertThat(c.facts().person().selfCare()).hasValueSatisfying(s ->
                assertThat(s.ability()).isEqualTo(SelfCareAbility.PARTIALLY_LOST));
        assertThat(c.facts().placement()).isEqualTo(Placement.INSTITUTIONAL);
        assertThat(c.expectation().category()).contains("80-89");
    }

    @Test
    void read_idNumber_givesBirthAndGender() {
        PolicyCase c = read("dibao.yaml", VALID.replace("{relation: spouse, birth: 1979-06-01, gender: female}",
                "{relation: spouse, id-number: \"11010519491231002X\"}").replace("birth: 1977-03-01", "birth: 1947-03-01")
                .replace("birth: 2012-09-01", "birth: 1982-09-01")).get(0);
        var spouse = c.facts().household().persons().get(1);
        assertThat(spouse.birthDate()).hasToString("1949-12-31");
        assertThat(spouse.gender().code()).isEqualTo("female");
    }

    @Test
    void read_badIdNumber_isAnErrorWithoutTheNumber() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("{relation: spouse, birth: 1979-06-01, gender: female}",
                "{relation: spouse, birth: 1979-06-01, gender: female, id-number: \"110105194912310021\"}"));
        assertThat(p.path()).isEqualTo("[0].household.members[1].id-number");
        assertThat(p.message()).contains("invalid identity number").doesNotContain("110105194912310021");
    }

    @Test
    void read_unknownKey_namesFileLineAndPath() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("        gender: male\n        incomes",
                "        gender: male\n        salary: 3\n        incomes"));
        assertThat(p.file()).isEqualTo("dibao.yaml");
        assertThat(p.line()).isEqualTo(14);
        assertThat(p.path()).isEqualTo("[0].household.members[0].salary");
        assertThat(p.message()).contains("unknown key 'salary'").contains("incomes");
        assertThat(p.toString()).startsWith("dibao.yaml:14: [0].household.members[0].salary: unknown key");
    }

    @Test
    void read_unknownCode_listsTheValidOnes() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("hukou: rural", "hukou: town"));
        assertThat(p.path()).isEqualTo("[0].household.hukou");
        assertThat(p.line()).isEqualTo(8);
        assertThat(p.message()).contains("'town'").contains("urban, rural");
    }

    @Test
    void read_unknownIncomeKind_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("{wage: 1200.00}", "{salary: 1200.00}"));
        assertThat(p.path()).isEqualTo("[0].household.members[0].incomes.salary");
        assertThat(p.message()).contains("unknown income kind 'salary'");
    }

    @Test
    void read_moneyWithThreeDecimals_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("amount: 1497.00", "amount: 1497.001"));
        assertThat(p.path()).isEqualTo("[0].expect.amount");
        assertThat(p.message()).contains("at most 2 decimals");
    }

    @Test
    void read_missingRequired_namesTheKey() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("  period: 2022-10\n", ""));
        assertThat(p.path()).isEqualTo("[0]");
        assertThat(p.message()).isEqualTo("period is required");
    }

    @Test
    void read_duplicateKey_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("  period: 2022-10\n",
                "  period: 2022-10\n  period: 2022-11\n"));
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.message()).containsIgnoringCase("duplicate");
    }

    @Test
    void read_unknownStandard_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("dibao.rounding: FEN", "dibao.roundng: FEN"));
        assertThat(p.path()).isEqualTo("[0].standards.dibao.roundng");
        assertThat(p.message()).contains("unknown standard 'dibao.roundng'");
    }

    @Test
    void read_wrongStandardValue_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("dibao.rounding: FEN", "dibao.rounding: cent"));
        assertThat(p.message()).contains("dibao.rounding").contains("fen");
    }

    @Test
    void read_personProgramWithoutSubject_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("program: dibao", "program: tekun"));
        assertThat(p.path()).isEqualTo("[0].household.members");
        assertThat(p.message()).contains("subject: true");
    }

    @Test
    void read_householdInvariantBroken_reportsTheViolation() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("relation: spouse", "relation: head"));
        assertThat(p.path()).isEqualTo("[0].household");
        assertThat(p.message()).contains("head");
    }

    @Test
    void read_statusWithoutSince_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("{relation: spouse, birth: 1979-06-01, gender: female}",
                "{relation: spouse, birth: 1979-06-01, gender: female, status: {kind: lost-contact}}"));
        assertThat(p.path()).isEqualTo("[0].household.members[1].status");
        assertThat(p.message()).contains("since");
    }

    @Test
    void read_notEligibleWithAnAmount_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("eligible: true", "eligible: false"));
        assertThat(p.message()).contains("0.00");
    }

    @Test
    void read_duplicateCaseNames_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID + VALID);
        assertThat(p.line()).isEqualTo(22);
        assertThat(p.message()).contains("duplicate case name");
    }

    @Test
    void read_brokenYaml_namesTheLine() {
        CaseFileProblem p = onlyProblem("dibao.yaml", "- name: x\n  program: [dibao\n");
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.line()).isPositive();
    }

    @Test
    void read_rootNotAList_isAnError() {
        CaseFileProblem p = onlyProblem("dibao.yaml", "name: x\n");
        assertThat(p.message()).contains("list of cases");
    }

    @Test
    void read_everyProblemOfAFile_isReportedAtOnce() {
        assertThatThrownBy(() -> read("dibao.yaml", VALID.replace("hukou: rural", "hukou: town")
                .replace("gender: male\n        incomes", "gender: mail\n        incomes")))
                .isInstanceOfSatisfying(CaseFileException.class, e -> assertThat(e.problems()).hasSize(2))
                .hasMessageContaining("2 problems");
    }

    @Test
    void load_directory_readsFilesRecursivelyInPathOrder(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/second.yaml"), VALID);
        Files.writeString(dir.resolve("a.yaml"), VALID);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        List<PolicyCase> cases = PolicyCaseFiles.load(Programs.builtIn(), List.of(dir));
        assertThat(cases).extracting(PolicyCase::file)
                .containsExactly(dir.resolve("a.yaml").toString(), dir.resolve("b/second.yaml").toString());
    }

    @Test
    void load_missingFile_isAProblem(@TempDir Path dir) {
        assertThatThrownBy(() -> PolicyCaseFiles.load(Programs.builtIn(), List.of(dir.resolve("none.yaml"))))
                .isInstanceOf(CaseFileException.class).hasMessageContaining("none.yaml:0: no such file");
    }

    @Test
    void enrolment_personalProgramOnTheHousehold_isAnErrorSayingWhereItBelongs() {
        // issue 12: `enrolled: [tekun]` on a household was silently ignored
        CaseFileProblem p = onlyProblem("dibao.yaml", VALID.replace("enrolled: [dibao]", "enrolled: [tekun]"));
        assertThat(p.message()).contains("granted to a person").contains("on the member who receives it");
        CaseFileProblem q = onlyProblem("dibao.yaml", VALID.replace("- {relation: spouse, birth: 1979-06-01, gender: female}",
                "- {relation: spouse, birth: 1979-06-01, gender: female, enrolled: [dibao]}"));
        assertThat(q.message()).contains("granted to a household").contains("on the household");
    }
}
