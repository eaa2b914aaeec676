package org.minzheng.jdbc.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    /** The states, each once as a present {@code from}. */
    @SuppressWarnings("unchecked")
    private static final Optional<CaseState>[] FROM = Arrays.stream(STATES).map(Optional::of).toArray(Optional[]::new);

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
        int[] ends = new int[FIELDS];
        String[] seen = SEEN.get();
        // one scan for the escape character per history, not one per field (it is nearly never there)
        boolean escaped = text.indexOf('~') >= 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int start = pos;
            for (int k = 0; k < FIELDS; k++) {
                int end = text.indexOf('|', pos);
                if (end < 0) {
                    throw new IllegalStateException("a case history that is not of minzheng's format, at " + pos);
                }
                ends[k] = end;
                pos = end + 1;
            }
            // the codes and the instant are read where they stand, without a string of their own; the operator
            // and the reason, kept by the transition, are shared with the transitions decoded before them
            // (decision record 0440)
            Optional<CaseState> from = ends[0] == start ? Optional.empty() : FROM[state(text, start, ends[0]).ordinal()];
            CaseState to = state(text, ends[0] + 1, ends[1]);
            ApprovalLevel level = level(text, ends[1] + 1, ends[2]);
            long micros = micros(text, ends[2] + 1, ends[3]);
            String operator = escaped ? unescape(text, ends[3] + 1, ends[4]) : shared(seen, text, ends[3] + 1, ends[4]);
            String reason = escaped ? unescape(text, ends[4] + 1, ends[5]) : shared(seen, text, ends[4] + 1, ends[5]);
            out.add(new Transition(from, to, operator,
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L),
                    reason, level));
        }
        return out;
    }

    /**
     * The operators and reasons decoded last on this thread, by a hash of their text: a store reads thousands of
     * histories at once (a monthly run holds a whole county's cases), and nearly all of them repeat a few dozen
     * texts — a string of its own per transition was a third of the strings a run of 330,000 households held.
     */
    private static final ThreadLocal<String[]> SEEN = ThreadLocal.withInitial(() -> new String[256]);

    /**
     * A field's text, of a history without escapes: the same string as one decoded before it where that one is still
     * at hand. (A history with an escape anywhere, rare, is decoded with {@link #unescape} and not shared.)
     */
    private static String shared(String[] seen, String text, int from, int to) {
        int len = to - from;
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        int slot = (h ^ (h >>> 16)) & (seen.length - 1);
        String known = seen[slot];
        if (known != null && known.length() == len && text.regionMatches(from, known, 0, len)) {
            return known;
        }
        String s = text.substring(from, to);
        seen[slot] = s;
        return s;
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

    private static long micros(String text, int from, int to) {
        try {
            return Long.parseLong(text, from, to, 10);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("a case history that is not of minzheng's format, at " + from, e);
        }
    }

    private static CaseState state(String text, int from, int to) {
        int len = to - from;
        for (CaseState s : STATES) {
            String code = s.code();
            if (code.length() == len && text.regionMatches(from, code, 0, len)) {
                return s;
            }
        }
        return Coded.fromCode(CaseState.class, unescape(text, from, to)); // throws with the code in its message
    }

    private static ApprovalLevel level(String text, int from, int to) {
        int len = to - from;
        for (ApprovalLevel l : LEVELS) {
            String code = l.code();
            if (code.length() == len && text.regionMatches(from, code, 0, len)) {
                return l;
            }
        }
        return Coded.fromCode(ApprovalLevel.class, unescape(text, from, to));
    }
}
