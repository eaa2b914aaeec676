package org.minzheng.json.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The property every reader must keep on any input (decision record 0162): it returns a valid value, or
 * it throws its documented exception with a non-empty message that names the line and quotes no more
 * than {@value #MAX_QUOTE} characters of the input in a row. Anything else — a
 * {@code NullPointerException}, a {@code ClassCastException}, a {@code StackOverflowError}, an
 * {@code OutOfMemoryError}, an undocumented exception — is a finding.
 */
public final class ReaderProperty {

    /** The longest run of input characters a message may repeat: the readers' excerpt of 32 and some context. */
    public static final int MAX_QUOTE = 40;

    private ReaderProperty() {
    }

    /** The input as text, for the quoting check (malformed UTF-8 becomes U+FFFD, which no window matches). */
    public static String text(byte[] input) {
        return new String(input, StandardCharsets.UTF_8);
    }

    /**
     * Checks the message of a documented exception.
     *
     * @param message the message
     * @param input the input
     * @param what the reader, for the failure message
     * @param rerun the reader's message for another input (null when it reads without error): a run of the
     *        input that the message repeats is a quote only if it changes with the input. The fuzzer copies
     *        the readers' own message texts into its inputs; those runs stay the same.
     * @throws AssertionError if the message is empty or quotes more than {@link #MAX_QUOTE} characters
     */
    public static void checkMessage(String message, byte[] input, String what,
            java.util.function.Function<byte[], String> rerun) {
        if (message == null || message.isBlank()) {
            throw new AssertionError(what + ": an error without a message");
        }
        String quoted = quote(message, input, rerun);
        if (quoted != null) {
            throw new AssertionError(what + ": the message repeats " + quoted.length()
                    + "+ characters of the input: " + message.substring(0, Math.min(300, message.length())));
        }
    }

    /** A run of more than {@link #MAX_QUOTE} input characters that the message quotes, or null. */
    static String quote(String message, byte[] bytes, java.util.function.Function<byte[], String> rerun) {
        String input = text(bytes);
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
            String other = altered == null ? null : rerun.apply(altered);
            if (other == null || !other.contains(window)) {
                return window;
            }
            i += w - 1; // the reader's own text: look past it
        }
        return null;
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

    /**
     * Throws the unexpected throwable as a finding, keeping errors (a {@code StackOverflowError}) visible.
     *
     * @param t the throwable
     * @param what the reader
     * @return never returns
     */
    public static AssertionError finding(Throwable t, String what) {
        AssertionError e = new AssertionError(what + ": undocumented " + t.getClass().getName() + ": "
                + t.getMessage(), t);
        return e;
    }
}
