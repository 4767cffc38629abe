package org.xianzhi.spark;

import java.time.Instant;
import java.util.Iterator;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.xianzhi.app.ingest.DocumentProfiler;
import org.xianzhi.app.store.ExtractedDocument;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.UnreadableDocumentException;
import org.xianzhi.core.pipeline.Pipeline;
import org.xianzhi.core.region.RegionGazetteer;

/**
 * Reads one partition of (file, bytes) rows into outcome rows ({@link FactTables#OUTCOME}). The pipeline is built
 * once per partition, on the executor (it is not serializable, and its tables load once per JVM), and rows are
 * read one at a time as Spark pulls them, so a partition is never held whole in memory. A bad file becomes a reject
 * row; nothing a document does stops the job.
 */
final class PartitionReader implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    /** Not an {@link UnreadableDocumentException.Reason}: the bytes were read, the pipeline failed on them. */
    static final String EXTRACTION_FAILED = "EXTRACTION_FAILED";

    private final long maxBytes;
    private final InputRoots roots;

    /** @param roots how listed paths are named; null when the input already names its files (tables) */
    PartitionReader(long maxBytes, InputRoots roots) {
        this.maxBytes = maxBytes;
        this.roots = roots;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> sources) {
        Pipeline pipeline = Pipeline.standard();
        DocumentReader reader = new DocumentReader(maxBytes);
        DocumentProfiler profiler = DocumentProfiler.standard();
        FactPartition partition = new FactPartition(RegionGazetteer.standard());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return sources.hasNext();
            }

            @Override
            public Row next() {
                Row source = sources.next();
                String file = roots == null ? source.getString(0) : roots.fileName(source.getString(0));
                byte[] bytes = source.isNullAt(1) ? new byte[0] : (byte[]) source.get(1);
                try {
                    ExtractedDocument e = profiler.profile(pipeline.process(reader.read(file, bytes)), Instant.now());
                    return FactTables.read(e.document(), e.facts(), partition);
                } catch (UnreadableDocumentException e) {
                    return FactTables.rejected(e.file(), e.reason().name(), e.getMessage().substring(e.file().length() + 2));
                } catch (RuntimeException | StackOverflowError e) {
                    return FactTables.rejected(file, EXTRACTION_FAILED, "extraction failed: " + e);
                }
            }
        };
    }
}
