package org.minzheng.benchmarks;

import java.util.SplittableRandom;
import org.minzheng.core.identity.IdNumber;

/** Deterministic inputs for the benchmarks: valid identifiers with correct check characters. */
final class Samples {

    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private Samples() {
    }

    /** {@code n} valid 18-character identity numbers, born 1930–2019, upper-case check. */
    static String[] idNumbers(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            String body = String.format("%02d%02d%02d%04d%02d%02d%03d",
                    11 + random.nextInt(55), 1 + random.nextInt(20), 1 + random.nextInt(30),
                    1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(1000));
            result[i] = IdNumber.complete(body);
        }
        return result;
    }

    /** {@code n} valid credit codes of civil-affairs and market-regulation entities. */
    static String[] creditCodes(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] prefixes = {"51", "52", "53", "91", "92", "12"};
        String[] result = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder(18).append(prefixes[random.nextInt(prefixes.length)]);
            b.append(String.format("%02d%02d%02d", 11 + random.nextInt(55), 1 + random.nextInt(20),
                    1 + random.nextInt(30)));
            for (int j = 0; j < 9; j++) {
                b.append(CREDIT_ALPHABET.charAt(random.nextInt(31)));
            }
            int sum = 0;
            int weight = 1;
            for (int j = 0; j < 17; j++) {
                sum += CREDIT_ALPHABET.indexOf(b.charAt(j)) * weight;
                weight = weight * 3 % 31;
            }
            result[i] = b.append(CREDIT_ALPHABET.charAt((31 - sum % 31) % 31)).toString();
        }
        return result;
    }
}
