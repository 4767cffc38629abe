package org.xianzhi.spark;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.fact.Fact;
import org.xianzhi.core.segment.DocumentDate;

/**
 * The tables the job writes, as Spark schemas, and the rows that fill them.
 * <ul>
 *   <li>{@code facts}: FACTS.md's fields exactly ({@code value} a decimal of scale 10, as in the store), plus the
 *       partition columns {@code province} and {@code year} ({@link FactPartition}).</li>
 *   <li>{@code documents}: one row per document read: its id, file, format, charset, region, date, kind and how many
 *       facts it gave (no text: the facts carry their sentences).</li>
 *   <li>{@code rejects}: one row per file that could not be read or extracted: file, reason, message.</li>
 * </ul>
 * A document's outcome (one row of {@link #OUTCOME}) holds its document row and facts, or its reject row.
 */
final class FactTables {
    static final StructType FACT = new StructType(new StructField[] {
        field("doc", DataTypes.StringType, false),
        field("file", DataTypes.StringType, false),
        field("region", DataTypes.StringType, false),
        field("region_code", DataTypes.StringType, true),
        field("indicator", DataTypes.StringType, false),
        field("measure", DataTypes.StringType, false),
        field("status", DataTypes.StringType, false),
        field("period", DataTypes.StringType, false),
        field("value", DataTypes.createDecimalType(38, 10), false),
        field("unit", DataTypes.StringType, false),
        field("as_written", DataTypes.StringType, true),
        field("qualifier", DataTypes.StringType, false),
        field("scope", DataTypes.StringType, true),
        field("text", DataTypes.StringType, true),
        field("start", DataTypes.IntegerType, false),
        field("end", DataTypes.IntegerType, false),
        field(FactPartition.PROVINCE, DataTypes.StringType, false),
        field(FactPartition.YEAR, DataTypes.IntegerType, false),
    });

    static final StructType DOCUMENT = new StructType(new StructField[] {
        field("id", DataTypes.StringType, false),
        field("file", DataTypes.StringType, false),
        field("format", DataTypes.StringType, false),
        field("charset", DataTypes.StringType, false),
        field("region_code", DataTypes.StringType, true),
        field("region", DataTypes.StringType, true),
        field("doc_year", DataTypes.IntegerType, true),
        field("doc_month", DataTypes.IntegerType, true),
        field("doc_day", DataTypes.IntegerType, true),
        field("kind", DataTypes.StringType, false),
        field("fact_count", DataTypes.IntegerType, false),
    });

    static final StructType REJECT = new StructType(new StructField[] {
        field("file", DataTypes.StringType, false),
        field("reason", DataTypes.StringType, false),
        field("message", DataTypes.StringType, false),
    });

    static final StructType OUTCOME = new StructType(new StructField[] {
        field("document", DOCUMENT, true),
        field("facts", DataTypes.createArrayType(FACT, false), false),
        field("reject", REJECT, true),
    });

    /** What the job reads: a file name and its bytes. */
    static final StructType SOURCE = new StructType(new StructField[] {
        field("file", DataTypes.StringType, true),
        field("content", DataTypes.BinaryType, true),
    });

    private FactTables() {
    }

    static Row read(StoredDocument d, List<Fact> facts, FactPartition partition) {
        DocumentDate date = d.date();
        Row document = RowFactory.create(d.id(), d.file(), d.format().name(), d.charset(), d.regionCode(), d.region(),
                date == null ? null : date.year(), date == null ? null : date.month(), date == null ? null : date.day(),
                d.kind().label(), d.factCount());
        Row[] rows = new Row[facts.size()];
        for (int i = 0; i < rows.length; i++) {
            Fact f = facts.get(i);
            rows[i] = RowFactory.create(f.doc(), f.file(), f.region(), f.regionCode(), f.indicator(),
                    f.measure().label(), f.status().label(), f.period(), f.value(), f.unit(), f.asWritten(),
                    f.qualifier().label(), f.scope(), f.text(), f.start(), f.end(), partition.province(f),
                    FactPartition.year(f));
        }
        return RowFactory.create(document, rows, null);
    }

    static Row rejected(String file, String reason, String message) {
        return RowFactory.create(null, new Row[0], RowFactory.create(file, reason, message));
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return DataTypes.createStructField(name, type, nullable);
    }
}
