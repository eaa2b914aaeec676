package org.minzheng.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.minzheng.core.registry.Assets;
import org.minzheng.core.registry.Household;
import org.minzheng.core.registry.Income;
import org.minzheng.core.registry.LabourCapacity;
import org.minzheng.core.registry.Member;
import org.minzheng.core.registry.Person;
import org.minzheng.core.registry.PersonId;

/**
 * The declared row schema of a household (家庭行结构): one row per household, with its members, incomes and assets
 * nested in it, the shape of minzheng-json's {@code household.schema.json} so that a household is assessed from its
 * own row without a join. Field names here are the canonical ones; an embedder's own names are declared with a
 * {@link ColumnMapping}.
 *
 * <table>
 * <caption>Household row (家庭)</caption>
 * <tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr>
 * <tr><td>{@code id}</td><td>string</td><td>yes</td><td>household id (户编号), the row key of a rejection</td></tr>
 * <tr><td>{@code region}</td><td>string</td><td>yes</td><td>region code (行政区划代码), 6, 9 or 12 digits</td></tr>
 * <tr><td>{@code address}</td><td>string</td><td>no</td><td>address (住址); rules never read it, so it may be left
 * out and a placeholder is used</td></tr>
 * <tr><td>{@code hukou}</td><td>string</td><td>yes</td><td>{@code urban} or {@code rural} (户籍类型)</td></tr>
 * <tr><td>{@code members}</td><td>array of member</td><td>yes, at least one</td><td>members (家庭成员)</td></tr>
 * <tr><td>{@code incomes}</td><td>array of income</td><td>no (null: none)</td><td>monthly incomes (收入)</td></tr>
 * <tr><td>{@code assets}</td><td>assets</td><td>yes</td><td>the household's assets (家庭财产)</td></tr>
 * </table>
 *
 * <table>
 * <caption>Member (家庭成员)</caption>
 * <tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr>
 * <tr><td>{@code id}</td><td>string</td><td>yes</td><td>person id (人员编号)</td></tr>
 * <tr><td>{@code idNumber}</td><td>string</td><td>no</td><td>resident identity number (身份证号码), checked</td></tr>
 * <tr><td>{@code name}</td><td>string</td><td>no</td><td>name (姓名); rules never read it</td></tr>
 * <tr><td>{@code birthDate}</td><td>date</td><td>yes</td><td>birth date (出生日期)</td></tr>
 * <tr><td>{@code gender}</td><td>string</td><td>yes</td><td>{@code male} or {@code female}</td></tr>
 * <tr><td>{@code hukou}</td><td>string</td><td>yes</td><td>{@code urban} or {@code rural}</td></tr>
 * <tr><td>{@code relation}</td><td>string</td><td>yes</td><td>relation to the head (与户主关系): {@code head},
 * {@code spouse}, {@code child}, …</td></tr>
 * <tr><td>{@code seriouslyIll}</td><td>boolean</td><td>no (null: false)</td><td>seriously ill (重病)</td></tr>
 * <tr><td>{@code labourCapacity}</td><td>string</td><td>no</td><td>{@code full}, {@code partial} or
 * {@code none} (劳动能力)</td></tr>
 * <tr><td>{@code statusKind}</td><td>string</td><td>yes</td><td>status (人员状态): {@code at-home},
 * {@code working-away}, {@code deceased}, …</td></tr>
 * <tr><td>{@code statusSince}</td><td>date</td><td>no (null: the birth date)</td><td>since when</td></tr>
 * <tr><td>{@code disability}</td><td>struct {@code category} string, {@code grade} int</td><td>no</td><td>disability
 * (残疾): category code ({@code visual} … {@code multiple}) and grade 1–4</td></tr>
 * <tr><td>{@code selfCareLost}</td><td>array of string</td><td>no</td><td>activities of daily living lost
 * (丧失的日常生活活动)</td></tr>
 * </table>
 *
 * <table>
 * <caption>Income (收入) and assets (家庭财产)</caption>
 * <tr><th>field</th><th>type</th><th>required</th><th>meaning</th></tr>
 * <tr><td>{@code incomes[].kind}</td><td>string</td><td>yes</td><td>income kind code ({@code wage},
 * {@code pension}, …)</td></tr>
 * <tr><td>{@code incomes[].monthlyAmount}</td><td>decimal</td><td>yes</td><td>yuan a month, at most two
 * decimals</td></tr>
 * <tr><td>{@code incomes[].earner}</td><td>string</td><td>no</td><td>the member's person id</td></tr>
 * <tr><td>{@code assets.deposits}, {@code securities}, {@code vehiclesValue}, {@code realEstateValue}</td>
 * <td>decimal</td><td>yes</td><td>yuan</td></tr>
 * <tr><td>{@code assets.vehicles}, {@code realEstate}</td><td>int</td><td>yes</td><td>counts</td></tr>
 * </table>
 *
 * <p>Amounts are decimals (never floating point): a double column is refused when the job starts. Dates are Spark
 * {@code date} columns. Parents (父母) and relations beyond the head are not part of the row schema: programs that
 * read parents see none (decision record 0332).
 */
public final class HouseholdRows {

    /** Money columns: yuan with two decimals, up to a hundred billion. */
    public static final DecimalType MONEY = DataTypes.createDecimalType(14, 2);

    /** The disability struct (残疾). */
    public static final StructType DISABILITY = new StructType(new StructField[] {
        field("category", DataTypes.StringType), field("grade", DataTypes.IntegerType)});

    /** A member (家庭成员). */
    public static final StructType MEMBER = new StructType(new StructField[] {
        field("id", DataTypes.StringType), field("idNumber", DataTypes.StringType),
        field("name", DataTypes.StringType), field("birthDate", DataTypes.DateType),
        field("gender", DataTypes.StringType), field("hukou", DataTypes.StringType),
        field("relation", DataTypes.StringType), field("seriouslyIll", DataTypes.BooleanType),
        field("labourCapacity", DataTypes.StringType), field("statusKind", DataTypes.StringType),
        field("statusSince", DataTypes.DateType), field("disability", DISABILITY),
        field("selfCareLost", DataTypes.createArrayType(DataTypes.StringType, true))});

    /** An income (收入). */
    public static final StructType INCOME = new StructType(new StructField[] {
        field("kind", DataTypes.StringType), field("monthlyAmount", MONEY), field("earner", DataTypes.StringType)});

    /** The household's assets (家庭财产). */
    public static final StructType ASSETS = new StructType(new StructField[] {
        field("deposits", MONEY), field("securities", MONEY), field("vehicles", DataTypes.IntegerType),
        field("vehiclesValue", MONEY), field("realEstate", DataTypes.IntegerType), field("realEstateValue", MONEY)});

    /** A household row (家庭), with the canonical field names. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        field("id", DataTypes.StringType), field("region", DataTypes.StringType),
        field("address", DataTypes.StringType), field("hukou", DataTypes.StringType),
        field("members", DataTypes.createArrayType(MEMBER, true)),
        field("incomes", DataTypes.createArrayType(INCOME, true)), field("assets", ASSETS)});

    private HouseholdRows() {
    }

    /**
     * A minzheng household as a row of {@link #SCHEMA}, for moving a county's registry to a data platform. Names,
     * identity numbers and the address are left out (null): no rule reads them, so the platform need not hold them.
     *
     * @param household the household
     * @return the row
     */
    public static Row toRow(Household household) {
        List<Row> members = new ArrayList<>();
        for (Member m : household.members()) {
            Person p = m.person();
            Row disability = p.disability().map(d -> RowFactory.create(d.category().code(), d.grade())).orElse(null);
            List<String> lost = new ArrayList<>();
            p.selfCare().ifPresent(sc -> sc.lost().forEach(a -> lost.add(a.code())));
            lost.sort(null);
            members.add(RowFactory.create(p.id().value(), null, null, Date.valueOf(p.birthDate()), p.gender().code(),
                    p.hukou().code(), m.relation().code(), p.seriouslyIll(),
                    p.labourCapacity().map(LabourCapacity::code).orElse(null), p.status().kind().code(),
                    Date.valueOf(p.status().since()), disability, lost.isEmpty() ? null : seq(lost)));
        }
        List<Row> incomes = new ArrayList<>();
        for (Income in : household.incomes()) {
            incomes.add(RowFactory.create(in.kind().code(), in.monthlyAmount().amount(),
                    in.earner().map(PersonId::value).orElse(null)));
        }
        Assets a = household.assets();
        Row assets = RowFactory.create(a.deposits().amount(), a.securities().amount(), a.vehicles(),
                a.vehiclesValue().amount(), a.realEstate(), a.realEstateValue().amount());
        return RowFactory.create(household.id().value(), household.region().value(), null, household.hukou().code(),
                seq(members), seq(incomes), assets);
    }

    private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
