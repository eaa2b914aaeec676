package org.minzheng.core.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.ProgramCode;

/**
 * Persons in coverage at the end of the period in one township (分镇街在保人数), by program.
 *
 * @param township the township
 * @param name its name, if known
 * @param persons persons in coverage by program
 */
public record TownshipCoverage(RegionCode township, Optional<String> name, Map<ProgramCode, Integer> persons) {

    /**
     * Checks and copies.
     *
     * @param township the township
     * @param name its name
     * @param persons the persons by program
     */
    public TownshipCoverage {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(name, "name");
        persons = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(persons, "persons")));
    }

    /**
     * Persons in coverage in one program.
     *
     * @param program the program
     * @return the persons, 0 when none
     */
    public int persons(ProgramCode program) {
        return persons.getOrDefault(program, 0);
    }

    /**
     * Person-programs in coverage (a person in two programs counts twice).
     *
     * @return the total
     */
    public int total() {
        return persons.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The name, or the code when the name is unknown.
     *
     * @return the label
     */
    public String label() {
        return name.orElse(township.shortForm());
    }
}
