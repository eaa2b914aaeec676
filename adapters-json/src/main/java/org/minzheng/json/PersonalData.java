package org.minzheng.json;

/**
 * Whether personal data (个人信息) is written in full or masked.
 *
 * <p>{@link #MASKED} follows one documented profile (脱敏规则, decision record 0150), field by
 * field, chosen so that no identity number, disability certificate number, name or exact birth
 * date can be rebuilt from an exported record, whatever else the record shows:
 * <table>
 *   <caption>The masked-export profile</caption>
 *   <tr><th>Field</th><th>Written as</th></tr>
 *   <tr><td>identity numbers ({@code Person.idNumber}, {@code GuardianshipConfirmation.guardianIdNumber})</td>
 *       <td>the 6-digit address code and 12 {@code *}: {@code 110105************}. Nothing of the
 *       birth date, sequence or check character, so that the exported birth year and gender cannot
 *       complete it (the check character follows from the first 17, so it is hidden too)</td></tr>
 *   <tr><td>disability certificate numbers</td>
 *       <td>the identity number inside masked as above, then category, grade and reissue mark,
 *       which the record shows anyway: {@code 110105************42}</td></tr>
 *   <tr><td>names of persons, guardians and staff ({@code Person.name}, {@code guardianName},
 *       {@code Transition.operator}, visitors, workers, reviewers)</td>
 *       <td>first character and {@code **}, whatever the length: {@code 张**}; a one-character
 *       name as {@code ***}</td></tr>
 *   <tr><td>birth date ({@code Person.birthDate})</td><td>the year: {@code "1975"}</td></tr>
 *   <tr><td>status dates ({@code PersonStatus.since}, also of parents)</td>
 *       <td>the year: a status starts at birth unless another is recorded</td></tr>
 *   <tr><td>addresses and every other free text (findings, notes, reasons, needs, goals…)</td>
 *       <td>the length only: {@code ***(12 chars)}; free text can hold any personal data</td></tr>
 *   <tr><td>identifiers of persons, households, cases and service records</td>
 *       <td>pseudonyms: a keyed hash ({@code p-…}, {@code h-…}, {@code c-…}, {@code r-…}) that is
 *       the same wherever the identifier occurs in the exports of one module, so references still
 *       line up; applications often build these identifiers from identity numbers
 *       (see {@link MinzhengModule.Builder#pseudonymKey})</td></tr>
 *   <tr><td>gender, hukou, disability category and grade, relations, incomes, assets, amounts,
 *       region codes, organisations and facilities, administrative dates (applications,
 *       payments, visits, assessments)</td><td>as they are</td></tr>
 * </table>
 * Text properties of the model are masked unless they are listed as public (organisation and
 * facility names, codes, report labels): a text property added to the model is masked until
 * someone decides otherwise. The profile removes direct identifiers; it does not make every
 * record anonymous: region, birth year, gender and surname together can still single out a
 * person in a small village, so exports for publication should be aggregated.
 *
 * <p>A masked document is meant to be read by people and other programs, not by minzheng: masked
 * identity numbers and year-only birth dates are refused by the reader, on purpose.
 */
public enum PersonalData {
    /** Full values (完整): for storage and exchange between trusted systems. */
    FULL,
    /** Masked values (脱敏): for exports and reports that leave the bureau, by the profile above. */
    MASKED
}
