package org.minzheng.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.cases.ApprovalLevel;
import org.minzheng.core.cases.CaseState;
import org.minzheng.core.cases.Transition;
import org.minzheng.core.code.Coded;

/**
 * A case's history as the text of one column, {@code mz_case.history} (decision record 0420): every
 * transition is six fields, each ended by {@code |}, in this order: from-state code (empty for the first),
 * to-state code, approval level code, the instant in microseconds since 1970-01-01T00:00Z, operator,
 * reason. In a field {@code ~} is written {@code ~~} and {@code |} is written {@code ~/}, so any text
 * survives. Flyway V9 writes the same text from the former {@code mz_case_transition} rows in SQL on
 * each dialect; a change of this format needs a migration of the stored values.
 */
final class CaseHistory {

    private static final int FIELDS = 6;
    private static final CaseState[] STATES = CaseState.values();
    private static final ApprovalLevel[] LEVELS = ApprovalLevel.values();

    private CaseHistory() {
    }

    /**
     * The text of a history.
     *
     * @param history the transitions, oldest first
     * @return their text (empty for no transitions)
     */
    static String encode(List<Transition> history) {
        StringBuilder b = new StringBuilder(history.size() * 96);
        for (Transition t : history) {
            if (t.from().isPresent()) {
                text(b, t.from().get().code());
            }
            b.append('|');
            text(b, t.to().code());
            b.append('|');
            text(b, t.level().code());
            b.append('|').append(micros(t.at())).append('|');
            text(b, t.operator());
            b.append('|');
            text(b, t.reason());
            b.append('|');
        }
        return b.toString();
    }

    /**
     * The microseconds since the epoch of an instant, rounded half up, as the TIMESTAMP(6) column that held
     * it before rounded it on PostgreSQL and H2.
     */
    static long micros(Instant at) {
        long micros = Math.multiplyExact(at.getEpochSecond(), 1_000_000L);
        return Math.addExact(micros, (at.getNano() + 500) / 1_000);
    }

    private static void text(StringBuilder b, String s) {
        if (s.indexOf('~') < 0 && s.indexOf('|') < 0) {
            b.append(s); // nearly always: no copy character by character
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '~') {
                b.append("~~");
            } else if (ch == '|') {
                b.append("~/");
            } else {
                b.append(ch);
            }
        }
    }

    /**
     * The transitions of a history's text.
     *
     * @param text the text ({@code null} reads as no transitions)
     * @return the transitions, oldest first
     * @throws IllegalStateException if the text is not of this format
     */
    static List<Transition> decode(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Transition> out = new ArrayList<>(4);
        String[] f = new String[FIELDS];
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            for (int k = 0; k < FIELDS; k++) {
                int end = text.indexOf('|', pos);
                if (end < 0) {
                    throw new IllegalStateException("a case history that is not of minzheng's format, at " + pos);
                }
                f[k] = unescape(text, pos, end);
                pos = end + 1;
            }
            long micros = Long.parseLong(f[3]);
            out.add(new Transition(f[0].isEmpty() ? Optional.empty() : Optional.of(state(f[0])), state(f[1]), f[4],
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                    f[5], level(f[2])));
        }
        return out;
    }

    private static String unescape(String text, int from, int to) {
        int tilde = text.indexOf('~', from);
        if (tilde < 0 || tilde >= to) {
            return text.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '~' && i + 1 < to) {
                char next = text.charAt(++i);
                b.append(next == '/' ? '|' : next);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static CaseState state(String code) {
        for (CaseState s : STATES) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Coded.fromCode(CaseState.class, code); // throws with the code in its message
    }

    private static ApprovalLevel level(String code) {
        for (ApprovalLevel l : LEVELS) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return Coded.fromCode(ApprovalLevel.class, code);
    }
}
