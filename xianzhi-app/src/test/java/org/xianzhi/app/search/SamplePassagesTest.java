package org.xianzhi.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xianzhi.app.search.CountyTexts.normalize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.ingest.IngestProgress;
import org.xianzhi.app.ingest.Ingester;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.DocumentReader;

/** Passages over the repository's sample documents (PDF, DOCX, GBK, Big5, HTML…) as ingest stores them. */
class SamplePassagesTest {
    @TempDir
    Path temp;

    @Test
    void everyPassageOfEverySampleComesFromItsOriginalSpan() throws Exception {
        List<Path> samples = samples();
        try (FactStore store = FactStore.open(temp.resolve("x.duckdb").toString());
             SearchIndex index = SearchIndex.open(temp.resolve("x.search"))) {
            Ingester.standard(store, 2)
                    .onCommit(index::index).ingest(samples, new DocumentReader(), false, IngestProgress.silent());
            index.commit();
            assertThat(index.documentIds()).isEqualTo(store.documentIds());

            int passages = 0;
            for (String query : List.of("地区生产总值", "一般公共预算收入", "增长", "旅游 OR 光伏 OR 农村")) {
                for (SearchHit hit : index.search(query, 20)) {
                    String original = store.document(hit.docId()).orElseThrow().original();
                    for (Passage p : hit.passages()) {
                        assertThat(p.html()).contains("<mark>");
                        assertThat(normalize(original.substring(p.originalStart(), p.originalEnd())))
                                .as("%s [%d, %d)", hit.file(), p.originalStart(), p.originalEnd()).isEqualTo(p.text());
                        passages++;
                    }
                }
            }
            assertThat(passages).isGreaterThan(20);
        }
    }

    /** The repository's {@code samples} folder, found by walking up from the working folder. */
    private static List<Path> samples() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path samples = dir.resolve("samples");
            if (Files.isDirectory(samples) && Files.exists(dir.resolve("pom.xml"))) {
                try (Stream<Path> files = Files.list(samples)) {
                    return files.filter(Files::isRegularFile).sorted().toList();
                }
            }
        }
        Assumptions.abort("no samples folder above " + Path.of("").toAbsolutePath());
        return List.of();
    }
}
