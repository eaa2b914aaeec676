package org.minzheng.examples.demo.population;

import java.util.Objects;

import org.minzheng.core.money.Money;

/**
 * The inputs the generator is calibrated with (生成参数): shapes of the population, distributions of income,
 * disability and family structure, hazard rates of events, and how readily residents apply. Never a published
 * count of cases. Each value, its source or the reasoning behind it is in decision record 0320
 * ({@code docs/decisions/0320-population-generator-parameters.md}); rates are per person (or household) and month
 * unless named yearly.
 *
 * @param familyHouseholds family households at scale 1 (census 2020: 109,037)
 * @param collectiveHouseholds collective households at scale 1 (census 2020: 8,090)
 * @param collectivePersons persons in collective households at scale 1 (census 2020: 64,160)
 * @param householdTypes shares of family-household types: elderly alone, elderly couple, adult alone, couple without
 *     children, couple with children, three generations, grandparents with grandchildren whose parents work away,
 *     elderly parent with an adult child
 * @param elderlyAgeBands shares of the 60+ in the bands 60–64, 65–69, …, 90–94, 95–99
 * @param urbanShareStreet share of urban hukou in the two 街道
 * @param urbanShareTown share of urban hukou in the towns
 * @param wageMedianUrban median monthly wage, urban hukou, yuan
 * @param wageMedianRural median monthly wage, rural hukou, yuan
 * @param wageSigma log-normal sigma of wages
 * @param minimumWage the monthly minimum wage a full-time wage does not go below, yuan
 * @param employmentFull probability that a fully able person of 18–59 (not a student) works
 * @param employmentPartial the same for a partially able person
 * @param pensionMedianUrban median monthly employee pension, urban hukou, yuan
 * @param basicPension the residents' basic pension base amount (excluded from countable income), yuan
 * @param ruralPensionShare share of rural elderly with an employee or land-requisition pension
 * @param ruralPensionMedian its median, yuan
 * @param oddJobs chance that an able adult without a wage or farm has odd-job income (灵活就业)
 * @param oddJobsMedian its median, yuan a month
 * @param childlessAlone share without children among the elderly living alone (never married or no child born)
 * @param childlessOther share without children among the other elderly not living with a working-age member
 * @param childOutside chance that a child of an elderly person lives outside the district (described on the
 *     parent's record, with an income, rather than a reference to a resident)
 * @param childDeceased chance that a given child of an elderly person has died, parent aged 60–79 / 80+
 * @param childInPrison chance that a given child of an elderly person is serving a sentence
 * @param childLostContact chance that a given child of an elderly person has lost contact
 * @param supportMedian median monthly support paid by children living elsewhere, yuan
 * @param disabilityByAge certified-disability prevalence for ages 0–14, 15–59, 60–79, 80+
 * @param gradeShares shares of grades 1, 2, 3, 4 among certified disabilities
 * @param seriousIllness prevalence of serious illness at 40+
 * @param selfCareLossByAge share with lost activities of daily living at 60–69, 70–79, 80–89, 90+
 * @param parentDeceased yearly-independent chance that a given parent of a minor has died
 * @param parentLeavesAfter chance that, after one parent died, went to prison, lost contact or became severely
 *     disabled, the other parent lost contact too
 * @param secondChild chance that a couple has a second child
 * @param parentAway chance a given parent of a minor is in prison, has lost contact or is otherwise gone
 * @param mortalityYearly yearly death rates at under 60, 60–69, 70–79, 80–89, 90+
 * @param birthMonthly monthly birth rate per woman of 20–39 living with a spouse
 * @param jobLossMonthly monthly chance an employed person loses the job
 * @param jobFindMonthly monthly chance an able, unemployed person finds one
 * @param leaveMonthly monthly chance a member of 18–35 leaves the district
 * @param arrivalMonthly monthly chance per household that a new household arrives
 * @param onsetDisabilityMonthly monthly chance of a new disability certificate at 60+ (a tenth of it below 60)
 * @param onsetIllnessMonthly monthly chance of a serious illness at 40+
 * @param selfCareLossMonthly monthly chance of losing self-care at 75+
 * @param emergencyMonthly monthly chance per household of a fire, accident or sudden illness (急难)
 * @param expenditureMonthly monthly chance that a low-income household with a seriously ill member faces a spending
 *     spike (支出型)
 * @param fallMonthly monthly chance of a fall with injury at 75+ living alone or with an elderly spouse
 * @param applicationLine the 低保 line residents know (the published standard), yuan per person-month
 * @param takeUpDibao chance that a household below the line applies (before the period, and after a shock)
 * @param takeUpTekun chance that a person unable to work, below the line and living without working-age members
 *     applies for 特困
 * @param takeUpDisability chance that a severely disabled person applies for the care subsidy
 * @param takeUpChildren chance that a child whose parents are gone or unable is applied for
 * @param takeUpHomeCare chance that an eligible-looking elderly person applies for home care (80+, or losing
 *     self-care)
 * @param takeUpInsurance chance that a person of 60+ enrols in the accident insurance
 * @param adaptationMonthly monthly chance that a household with an elderly member who lost self-care or is severely
 *     disabled applies for home adaptation
 * @param assessedShare share of the elderly with lost self-care who hold a dated GB/T 42195-2022 assessment
 * @param hivChild prevalence of HIV infection among minors
 * @param medicalSpendMedian median monthly out-of-pocket medical spending of a household with a seriously ill
 *     member, yuan (recorded as rigid expenditure)
 * @param tuitionSenior yearly fees of senior secondary school, yuan (rigid education expenditure)
 * @param tuitionHigher yearly fees of higher education, yuan
 */
public record Parameters(int familyHouseholds, int collectiveHouseholds, int collectivePersons, double[] householdTypes,
                         double[] elderlyAgeBands, double urbanShareStreet, double urbanShareTown, double wageMedianUrban,
                         double wageMedianRural, double wageSigma, double minimumWage, double employmentFull, double employmentPartial,
                         double pensionMedianUrban, double basicPension, double ruralPensionShare, double ruralPensionMedian,
                         double oddJobs, double oddJobsMedian, double childlessAlone, double childlessOther, double childOutside,
                         double[] childDeceased, double childInPrison, double childLostContact, double supportMedian, double[] disabilityByAge, double[] gradeShares,
                         double seriousIllness, double[] selfCareLossByAge, double parentDeceased, double parentLeavesAfter, double secondChild, double parentAway,
                         double[] mortalityYearly, double birthMonthly, double jobLossMonthly, double jobFindMonthly,
                         double leaveMonthly, double arrivalMonthly, double onsetDisabilityMonthly,
                         double onsetIllnessMonthly, double selfCareLossMonthly, double emergencyMonthly,
                         double expenditureMonthly, double fallMonthly, Money applicationLine, double takeUpDibao,
                         double takeUpTekun, double takeUpDisability, double takeUpChildren, double takeUpHomeCare,
                         double takeUpInsurance, double adaptationMonthly, double assessedShare, double hivChild,
                         double medicalSpendMedian, double tuitionSenior, double tuitionHigher) {

    /**
     * The values of decision 0320, with the given 低保 line.
     *
     * @param applicationLine the 低保 standard residents know, yuan per person-month
     * @return the parameters
     */
    public static Parameters defaults(Money applicationLine) {
        return new Parameters(109_037, 8_090, 64_160,
                new double[] {0.12, 0.17, 0.10, 0.09, 0.26, 0.18, 0.002, 0.078},
                new double[] {0.275, 0.255, 0.195, 0.129, 0.08, 0.045, 0.017, 0.004},
                0.70, 0.15, 4_800, 3_800, 0.45, 2_070, 0.92, 0.45,
                2_600, 200, 0.35, 1_100, 0.9, 1_800, 0.10, 0.0175, 0.25, new double[] {0.04, 0.10}, 0.0012, 0.005, 2_000,
                new double[] {0.005, 0.02, 0.05, 0.09}, new double[] {0.12, 0.25, 0.28, 0.35},
                0.01, new double[] {0.03, 0.07, 0.18, 0.40}, 0.004, 0.15, 0.45, 0.004,
                new double[] {0.0015, 0.010, 0.030, 0.085, 0.20}, 0.0045, 0.004, 0.06,
                0.0015, 0.0004, 0.0006, 0.0006, 0.002, 0.00017, 0.02, 0.0006,
                Objects.requireNonNull(applicationLine, "applicationLine"), 0.75, 0.85, 0.95, 0.9, 0.75, 0.97, 0.015, 0.5, 0.000007,
                800, 2_000, 6_000);
    }
}
