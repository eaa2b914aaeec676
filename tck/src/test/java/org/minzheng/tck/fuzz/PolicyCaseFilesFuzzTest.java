package org.minzheng.tck.fuzz;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minzheng.tck.cases.CaseFileException;
import org.minzheng.tck.cases.CaseFileProblem;
import org.minzheng.tck.cases.PolicyCase;
import org.minzheng.tck.cases.PolicyCaseFiles;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the policy-case reader ({@link PolicyCaseFiles#read(org.minzheng.runtime.Programs, String, java.io.InputStream)}): the first
 * byte of an input chooses YAML or JSON, the rest is the file. Seeds:
 * {@code PolicyCaseFilesFuzzTestInputs/files} (the reference plugin's case files and the known hostile
 * ones). The property is the one of minzheng-json's readers (decision record 0162): cases, or a
 * {@link CaseFileException} whose every problem names the file and a line and whose message quotes at
 * most {@value #MAX_QUOTE} characters of the input in a row.
 */
class PolicyCaseFilesFuzzTest {

    private static final org.minzheng.runtime.Programs PROGRAMS = org.minzheng.runtime.Programs.builtIn();

    /** The longest run of input characters a message may repeat. */
    static final int MAX_QUOTE = 40;

    @FuzzTest
    void files(byte[] input) {
        if (input.length == 0) {
            return;
        }
        String name = (input[0] & 1) == 0 ? "fuzz.yaml" : "fuzz.json";
        check(name, java.util.Arrays.copyOfRange(input, 1, input.length));
    }

    static void check(String name, byte[] content) {
        String what = "reading " + name;
        List<PolicyCase> cases;
        try {
            cases = PolicyCaseFiles.read(PROGRAMS, name, new ByteArrayInputStream(content));
        } catch (CaseFileException e) {
            String message = e.getMessage();
            if (message == null || message.isBlank()) {
                throw new AssertionError(what + ": an error without a message");
            }
            String quoted = quote(message, content, name);
            if (quoted != null) {
                throw new AssertionError(what + ": the message repeats " + quoted.length()
                        + "+ characters of the input: " + message.substring(0, Math.min(400, message.length())));
            }
            for (CaseFileProblem p : e.problems()) {
                if (!p.file().equals(name) || p.line() < 1) {
                    throw new AssertionError(what + ": a problem without file and line: " + p);
                }
            }
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError(what + ": undocumented " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
        for (PolicyCase c : cases) {
            if (c == null || c.facts() == null || c.expectation() == null) {
                throw new AssertionError(what + ": an incomplete case " + c);
            }
        }
    }

    /**
     * A run of more than {@link #MAX_QUOTE} input characters that the message quotes, or null. A run that
     * stays in the message when its letters and digits change is the reader's own text (the fuzzer copies
     * message texts into its inputs), not a quote.
     */
    static String quote(String message, byte[] bytes, String name) {
        String input = new String(bytes, StandardCharsets.UTF_8);
        int w = MAX_QUOTE + 1;
        if (message.length() < w || input.length() < w) {
            return null;
        }
        Set<String> windows = new HashSet<>();
        // A window never spans the readers' excerpt mark "…(N characters)": the fuzzer learns the mark and
        // writes it into its inputs right after the 32 characters that an excerpt keeps.
        for (String part : message.split("…\\(\\d+ characters\\)")) {
            for (int i = 0; i + w <= part.length(); i++) {
                windows.add(part.substring(i, i + w));
            }
        }
        int checked = 0;
        for (int i = 0; i + w <= input.length() && checked < 8; i++) {
            String window = input.substring(i, i + w);
            if (!windows.contains(window)) {
                continue;
            }
            checked++;
            byte[] altered = altered(bytes, window);
            String other = altered == null ? null : messageOf(name, altered);
            if (other == null || !other.contains(window) && followedRun(message, other, window) > MAX_QUOTE) {
                return window;
            }
            i += w - 1;
        }
        return null;
    }

    /**
     * The longest run of the window's characters, where it stands in {@code message}, that follows the input: the
     * altered input's message {@code other} has the same length and differs there in every letter and digit
     * (other characters are kept by the alteration and neither break nor make a run). A window that straddles a
     * short quote (a key in a field path) and the reader's own text, which the fuzzer copies into its inputs, is not
     * a quote of the whole window. When the two messages do not line up, the whole window counts (as before).
     */
    static int followedRun(String message, String other, String window) {
        int at = message.indexOf(window);
        if (at < 0 || other.length() != message.length()) {
            return window.length();
        }
        int longest = 0;
        int run = 0;
        for (int i = at; i < at + window.length(); i++) {
            char c = message.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (alnum && c == other.charAt(i)) {
                run = 0;
            } else {
                run++;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    private static String messageOf(String name, byte[] content) {
        try {
            PolicyCaseFiles.read(PROGRAMS, name, new ByteArrayInputStream(content));
            return null;
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /**
     * The input with the ASCII letters and digits of the first occurrence of a window changed, every other
     * byte kept (so that an encoding error stays where it was), or null when the window is not in the bytes.
     */
    static byte[] altered(byte[] input, String window) {
        byte[] w = window.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + w.length <= input.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (input[i + j] != w[j]) {
                    continue outer;
                }
            }
            byte[] out = input.clone();
            for (int j = i; j < i + w.length; j++) {
                byte c = out[j];
                if (c >= 'a' && c <= 'z') {
                    out[j] = (byte) (c == 'z' ? 'a' : c + 1);
                } else if (c >= 'A' && c <= 'Z') {
                    out[j] = (byte) (c == 'Z' ? 'A' : c + 1);
                } else if (c >= '0' && c <= '9') {
                    out[j] = (byte) (c == '9' ? '0' : c + 1);
                }
            }
            return out;
        }
        return null;
    }
}
