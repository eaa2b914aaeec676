package org.minzheng.core.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.minzheng.core.identity.RegionCode;
import org.minzheng.core.program.Program;

/**
 * Persons in coverage in one township at the end of the period, by program (分镇街在保人数).
 * Records of the district itself (not placed in a township) are reported under the district's
 * own code.
 *
 * @param township the township (9-digit level), or the reporting region itself
 * @param name the township's name, if the caller supplied one
 * @param persons persons in coverage by program; programs with none are absent
 */
public record TownshipCoverage(RegionCode township, Optional<String> name, Map<Program, Integer> persons) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component is {@code null}
     */
    public TownshipCoverage {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(name, "name");
        EnumMap<Program, Integer> copy = new EnumMap<>(Program.class);
        copy.putAll(Objects.requireNonNull(persons, "persons"));
        persons = Collections.unmodifiableMap(copy);
    }

    /**
     * Persons in coverage in one program.
     *
     * @param program the program
     * @return the count, 0 if none
     */
    public int persons(Program program) {
        return persons.getOrDefault(program, 0);
    }

    /**
     * The sum over programs (a person in two programs counts twice: person-programs).
     *
     * @return the total
     */
    public int total() {
        return persons.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The name if known, otherwise the short code.
     *
     * @return a label for tables and charts
     */
    public String label() {
        return name.orElse(township.shortForm());
    }
}
