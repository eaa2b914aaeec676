/**
 * minzheng on Apache Spark (民政规则的分布式运行): the same program rules and standards as a county's system, run per
 * partition over a province's or the ministry's registry.
 *
 * <ul>
 * <li>{@link org.minzheng.spark.HouseholdRows} — the declared row schema (家庭行结构) of households with their
 * members, incomes, assets and disabilities, the shape of minzheng-json's household schema;</li>
 * <li>{@link org.minzheng.spark.ColumnMapping} — an embedder's own column names for that schema (字段映射);</li>
 * <li>{@link org.minzheng.spark.MinzhengSpark} — assessment (资格核定), screening (精准排查) and reform costing
 * (改革方案测算), returning typed Datasets of {@link org.minzheng.spark.DecisionRow decisions},
 * {@link org.minzheng.spark.CostingRow costing lines} and {@link org.minzheng.spark.RejectionRow rejections}.</li>
 * </ul>
 *
 * <p>Standards are read once on the driver from the providers of the embedder's {@code CivilAffairs} and broadcast
 * as data; executors never call a provider. Rows that cannot become a valid household come back as rejections with
 * the field path and the reason in Chinese and English; no name, identity number or address reaches a log or an
 * exception message. Decision records 0330–0334.
 */
package org.minzheng.spark;
