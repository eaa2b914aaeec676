package org.minzheng.spark;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.spark.sql.types.StructType;
import org.minzheng.spark.internal.RowLayout;

/**
 * An embedder's column names for the {@linkplain HouseholdRows declared row schema} (字段映射): each canonical field,
 * by its path ({@code "region"}, {@code "members.birthDate"}, {@code "assets.deposits"},
 * {@code "members.disability.grade"}), may be given the name it has in the embedder's table. A field not mapped keeps
 * its canonical name. The mapping is declared, not coded per job: the same mapping serves assessment, screening and
 * costing.
 *
 * <pre>{@code
 * ColumnMapping m = ColumnMapping.builder()
 *     .rename("id", "hh_no")
 *     .rename("region", "xzqh")
 *     .rename("members.birthDate", "csrq")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and serializable (it travels to the executors with the job).
 */
public final class ColumnMapping implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final ColumnMapping IDENTITY = new ColumnMapping(Map.of());

    /** Canonical path to the embedder's name; a TreeMap copy, so that the form is stable. */
    private final TreeMap<String, String> names;

    private ColumnMapping(Map<String, String> names) {
        this.names = new TreeMap<>(names);
    }

    /**
     * The mapping that keeps every canonical name.
     *
     * @return the identity mapping
     */
    public static ColumnMapping identity() {
        return IDENTITY;
    }

    /**
     * Starts a mapping.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The embedder's name of a canonical field.
     *
     * @param path the canonical path, e.g. {@code "members.birthDate"}
     * @return the name in the embedder's table (the last segment of the path when not mapped)
     */
    public String nameOf(String path) {
        Objects.requireNonNull(path, "path");
        String mapped = names.get(path);
        return mapped != null ? mapped : path.substring(path.lastIndexOf('.') + 1);
    }

    /**
     * The canonical paths given names of their own.
     *
     * @return the paths, sorted
     */
    public Set<String> mappedPaths() {
        return java.util.Collections.unmodifiableSet(names.keySet());
    }

    /**
     * Checks an input schema against the row schema under this mapping, on the driver, before any row is read.
     *
     * @param input the schema of the embedder's household table
     * @throws InputSchemaException listing every required field missing and every field of the wrong type (names
     *         and types only: no data)
     */
    public void check(StructType input) {
        RowLayout.of(Objects.requireNonNull(input, "input"), this);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && names.equals(other.names);
    }

    @Override
    public int hashCode() {
        return names.hashCode();
    }

    /** E.g. {@code ColumnMapping[id=hh_no, region=xzqh]}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ColumnMapping[");
        String sep = "";
        for (Map.Entry<String, String> e : names.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
            sep = ", ";
        }
        return sb.append(']').toString();
    }

    /** Builds a {@link ColumnMapping}. Not thread-safe. */
    public static final class Builder {
        private final Map<String, String> names = new TreeMap<>();

        private Builder() {
        }

        /**
         * Gives a canonical field the name it has in the embedder's table.
         *
         * @param path the canonical path, e.g. {@code "members.birthDate"}
         * @param column the embedder's name at that level, e.g. {@code "csrq"}
         * @return this builder
         * @throws IllegalArgumentException if the path names no field of the row schema, or the name is blank
         */
        public Builder rename(String path, String column) {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(column, "column");
            if (!RowLayout.isField(path)) {
                throw new IllegalArgumentException("no field " + path + " in the household row schema (行结构中无此字段)");
            }
            if (column.isBlank()) {
                throw new IllegalArgumentException("blank column name for " + path + " (列名为空)");
            }
            names.put(path, column);
            return this;
        }

        /**
         * Builds the mapping.
         *
         * @return the mapping
         */
        public ColumnMapping build() {
            return new ColumnMapping(names);
        }
    }
}
