package org.minzheng.spark.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.minzheng.spark.ColumnMapping;
import org.minzheng.spark.HouseholdRows;
import org.minzheng.spark.InputSchemaException;

/**
 * Where each canonical field sits in the embedder's rows: for every struct of the row schema, the index of each
 * canonical field in the input struct ({@code -1} for an optional field the input lacks). Computed once on the
 * driver from the input schema and the mapping, so that a task reads fields by index.
 */
public final class RowLayout implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Fields a row must have (by canonical path). */
    static final Set<String> REQUIRED = Set.of("id", "region", "hukou", "members", "assets",
            "members.id", "members.birthDate", "members.gender", "members.hukou", "members.relation",
            "members.statusKind", "members.disability.category", "members.disability.grade",
            "incomes.kind", "incomes.monthlyAmount",
            "assets.deposits", "assets.securities", "assets.vehicles", "assets.vehiclesValue", "assets.realEstate",
            "assets.realEstateValue");

    private final Map<String, int[]> indices;

    private RowLayout(Map<String, int[]> indices) {
        this.indices = indices;
    }

    /**
     * Whether a path names a field of the row schema.
     *
     * @param path a canonical path
     * @return whether it is a field
     */
    public static boolean isField(String path) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String name = path.substring(dot + 1);
        StructType s = canonical(parent);
        return s != null && Arrays.asList(s.fieldNames()).contains(name);
    }

    /**
     * The layout of an input schema under a mapping.
     *
     * @param input the input schema
     * @param mapping the mapping
     * @return the layout
     * @throws InputSchemaException if a required field is missing or a field has the wrong type
     */
    public static RowLayout of(StructType input, ColumnMapping mapping) {
        Map<String, int[]> out = new HashMap<>();
        List<String> problems = new ArrayList<>();
        walk("", HouseholdRows.SCHEMA, input, mapping, out, problems);
        if (!problems.isEmpty()) {
            throw new InputSchemaException(problems);
        }
        return new RowLayout(out);
    }

    private static void walk(String prefix, StructType canonical, StructType input, ColumnMapping mapping,
                             Map<String, int[]> out, List<String> problems) {
        int[] idx = new int[canonical.fields().length];
        List<String> names = Arrays.asList(input.fieldNames());
        for (int i = 0; i < idx.length; i++) {
            StructField f = canonical.fields()[i];
            String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
            String name = mapping.nameOf(path);
            int at = names.indexOf(name);
            idx[i] = at;
            if (at < 0) {
                if (REQUIRED.contains(path)) {
                    problems.add(path + " (column '" + name + "'): missing, required (缺少必填字段)");
                }
                continue;
            }
            DataType given = input.fields()[at].dataType();
            DataType wanted = f.dataType();
            if (wanted instanceof ArrayType wa) {
                if (!(given instanceof ArrayType ga)) {
                    problems.add(path + " (column '" + name + "'): " + given.simpleString() + ", expected an array (应为数组)");
                } else if (wa.elementType() instanceof StructType ws) {
                    if (ga.elementType() instanceof StructType gs) {
                        walk(path, ws, gs, mapping, out, problems);
                    } else {
                        problems.add(path + " (column '" + name + "'): array of " + ga.elementType().simpleString()
                                + ", expected an array of structs (应为结构数组)");
                    }
                } else if (!fits(wa.elementType(), ga.elementType())) {
                    problems.add(path + " (column '" + name + "'): " + given.simpleString() + ", expected "
                            + wanted.simpleString() + " (类型不符)");
                }
            } else if (wanted instanceof StructType ws) {
                if (given instanceof StructType gs) {
                    walk(path, ws, gs, mapping, out, problems);
                } else {
                    problems.add(path + " (column '" + name + "'): " + given.simpleString() + ", expected a struct (应为结构)");
                }
            } else if (!fits(wanted, given)) {
                problems.add(path + " (column '" + name + "'): " + given.simpleString() + ", expected "
                        + kind(wanted) + " (类型不符)");
            }
        }
        out.put(prefix, idx);
    }

    /** Amounts must be decimals (never double: a fen would be lost), integers int or bigint. */
    private static boolean fits(DataType wanted, DataType given) {
        if (wanted instanceof DecimalType) {
            return given instanceof DecimalType;
        }
        if (wanted instanceof IntegerType) {
            return given instanceof IntegerType || given instanceof LongType;
        }
        if (wanted instanceof StringType) {
            return given instanceof StringType;
        }
        if (wanted instanceof DateType) {
            return given instanceof DateType;
        }
        if (wanted instanceof BooleanType) {
            return given instanceof BooleanType;
        }
        return wanted.equals(given);
    }

    private static String kind(DataType wanted) {
        return wanted instanceof DecimalType ? "a decimal" : wanted.simpleString();
    }

    private static StructType canonical(String path) {
        return switch (path) {
            case "" -> HouseholdRows.SCHEMA;
            case "members" -> HouseholdRows.MEMBER;
            case "members.disability" -> HouseholdRows.DISABILITY;
            case "incomes" -> HouseholdRows.INCOME;
            case "assets" -> HouseholdRows.ASSETS;
            default -> null;
        };
    }

    /**
     * The input index of each canonical field of the struct at a path.
     *
     * @param structPath {@code ""}, {@code "members"}, {@code "members.disability"}, {@code "incomes"} or
     *        {@code "assets"}
     * @return indices in canonical order, {@code -1} where the input lacks the field; an array of {@code -1}s if the
     *         input lacks the whole (optional) struct
     */
    int[] indices(String structPath) {
        int[] idx = indices.get(structPath);
        if (idx == null) {
            StructType s = canonical(structPath);
            idx = new int[s.fields().length];
            Arrays.fill(idx, -1);
        }
        return idx;
    }
}
