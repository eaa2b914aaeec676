package org.minzheng.json.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What {@link JsonFileStorage#check(Path)} found in a store's journal, or what
 * {@link JsonFileStorage#repair(Path)} did to it (日志检查与修复报告). It names commit numbers,
 * sizes and byte offsets only: never the content of a record.
 *
 * @param kept the complete commits kept, 1 to {@code kept}; the store opens with exactly these
 * @param dropped the commit files that cannot be replayed and every file after the first of them,
 *     in order (empty if the journal is sound)
 * @param movedTo where {@code repair} moved the dropped files (a directory beside {@code journal/});
 *     empty for {@code check} and when nothing was dropped
 * @param temporaryFiles leftover temporary files of interrupted commits (never acknowledged;
 *     {@code repair} and every open delete them)
 * @param repaired whether this report is from {@code repair} (true) or {@code check} (false)
 */
public record RepairReport(long kept, List<Dropped> dropped, Optional<Path> movedTo, int temporaryFiles,
                           boolean repaired) {

    /** Why a commit file was dropped. */
    public enum Problem {
        /** The file ends inside its JSON document: written incompletely or cut short (截断). */
        TRUNCATED,
        /** The file is not valid JSON (损坏). */
        NOT_JSON,
        /** Valid JSON, but not a commit of this format, or numbered other than its file name. */
        NOT_A_COMMIT,
        /** A well-formed commit whose operations cannot be applied to the commits before it. */
        NOT_REPLAYABLE,
        /** A commit file after a missing number (the journal has a gap before it). */
        AFTER_GAP,
        /** A commit file after one that had to be dropped: later commits build on earlier ones. */
        AFTER_DROPPED
    }

    /**
     * A commit file dropped.
     *
     * @param commit its commit number
     * @param bytes its size
     * @param problem why it was dropped
     * @param byteOffset where in the file reading failed, when known
     */
    public record Dropped(long commit, long bytes, Problem problem, OptionalLong byteOffset) {

        /** Checks the components. */
        public Dropped {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(byteOffset, "byteOffset");
        }

        @Override
        public String toString() {
            return "commit " + commit + " (" + bytes + " bytes): " + problem
                    + (byteOffset.isPresent() ? " at byte " + byteOffset.getAsLong() : "");
        }
    }

    /** Copies the list and checks the components. */
    public RepairReport {
        dropped = List.copyOf(dropped);
        Objects.requireNonNull(movedTo, "movedTo");
    }

    /**
     * Whether the journal opens as it is (nothing to drop).
     *
     * @return true if sound
     */
    public boolean sound() {
        return dropped.isEmpty();
    }

    @Override
    public String toString() {
        String head = (repaired ? "repaired: " : "checked: ") + kept + " complete commits kept";
        if (dropped.isEmpty()) {
            return head + ", nothing dropped" + (temporaryFiles > 0 ? ", " + temporaryFiles + " temporary files" : "");
        }
        return head + ", " + dropped.size() + " dropped" + movedTo.map(p -> " (moved to " + p + ")").orElse("")
                + ": " + dropped;
    }
}
