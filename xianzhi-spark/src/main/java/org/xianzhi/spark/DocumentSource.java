package org.xianzhi.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.encode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Where the documents come from. Every form ends as rows of {@link FactTables#SOURCE} (file, content).
 * <ul>
 *   <li>{@link #BINARY}: files under the paths, recursively, on any file system Hadoop reaches ({@code file:},
 *       {@code hdfs:}, {@code s3a:}); hidden files ({@code .name}, {@code _name}) are skipped, as Spark does.</li>
 *   <li>{@link #PARQUET}, {@link #JSONL}: tables with a {@code bytes} (binary; base64 in JSON) or {@code text}
 *       (string, read as UTF-8) column, and {@code file} or {@code id} to name each row. The document id is always
 *       the SHA-256 of the bytes (FACTS.md), whatever the table's {@code id} says.</li>
 * </ul>
 */
enum DocumentSource {
    BINARY, PARQUET, JSONL;

    private static final StructType JSONL_SCHEMA = new StructType()
            .add("id", DataTypes.StringType).add("file", DataTypes.StringType)
            .add("bytes", DataTypes.BinaryType).add("text", DataTypes.StringType);

    static DocumentSource of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The (file, content) rows; for {@link #BINARY} the file is the listed path, still to be named by {@link InputRoots}. */
    Dataset<Row> load(SparkSession spark, List<String> paths) {
        String[] p = paths.toArray(String[]::new);
        return switch (this) {
            case BINARY -> withEmptyFiles(spark, spark.read().format("binaryFile")
                    .option("recursiveFileLookup", "true").load(p));
            case PARQUET -> table(spark.read().parquet(p));
            case JSONL -> table(spark.read().schema(JSONL_SCHEMA).json(p));
        };
    }

    /**
     * Spark's file scan drops files of 0 bytes without a word; they are put back (as rows without content) so that
     * the pipeline's reader rejects them as {@code xianzhi extract} does. Their names come from the listing Spark
     * already holds on the driver: nothing is listed twice.
     */
    private static Dataset<Row> withEmptyFiles(SparkSession spark, Dataset<Row> files) {
        List<Row> empty = new ArrayList<>();
        for (LogicalPlan leaf : CollectionConverters.asJava(files.queryExecution().analyzed().collectLeaves())) {
            if (leaf instanceof LogicalRelation relation && relation.relation() instanceof HadoopFsRelation fs
                    && fs.location() instanceof PartitioningAwareFileIndex index) {
                for (FileStatus status : CollectionConverters.asJava(index.allFiles())) {
                    if (status.getLen() == 0) {
                        empty.add(RowFactory.create(status.getPath().toString(), null));
                    }
                }
            }
        }
        Dataset<Row> read = files.select(col("path").as("file"), col("content"));
        return empty.isEmpty() ? read : read.union(spark.createDataFrame(empty, FactTables.SOURCE));
    }

    private static Dataset<Row> table(Dataset<Row> t) {
        Set<String> columns = Set.of(t.columns());
        List<Column> names = new ArrayList<>();
        List<Column> contents = new ArrayList<>();
        if (columns.contains("file")) {
            names.add(col("file").cast(DataTypes.StringType));
        }
        if (columns.contains("id")) {
            names.add(col("id").cast(DataTypes.StringType));
        }
        names.add(lit("(a row with neither file nor id)"));
        if (columns.contains("bytes")) {
            contents.add(col("bytes").cast(DataTypes.BinaryType));
        }
        if (columns.contains("text")) {
            contents.add(encode(col("text"), "UTF-8"));
        }
        if (contents.isEmpty()) {
            throw new IllegalArgumentException("a document table needs a bytes or a text column; it has " + columns);
        }
        contents.add(lit(null).cast(DataTypes.BinaryType));
        return t.select(coalesce(names.toArray(Column[]::new)).as("file"),
                coalesce(contents.toArray(Column[]::new)).as("content"));
    }
}
