package org.xianzhi.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.ingest.DocumentReader;

class CommitListenerTest {
    @TempDir
    Path temp;

    @Test
    void listenerHearsOfEveryDocumentStoredOrReextractedAndOfNoneSkipped() throws Exception {
        Path a = Files.writeString(temp.resolve("a.txt"), "全县实现旅游收入68.3亿元,增长15.2%。", StandardCharsets.UTF_8);
        Path b = Files.writeString(temp.resolve("b.txt"), "光伏发电装机容量新增12万千瓦。", StandardCharsets.UTF_8);
        List<String> heard = new ArrayList<>();
        try (FactStore store = FactStore.open(temp.resolve("x.duckdb").toString())) {
            Ingester ingester = Ingester.standard(store, 2).onCommit(docs -> docs.forEach(d -> heard.add(d.file())));

            ingester.ingest(List.of(a, b), new DocumentReader(), false, IngestProgress.silent());
            assertThat(heard).containsExactlyInAnyOrder(a.toString(), b.toString());
            heard.clear();

            ingester.ingest(List.of(a, b), new DocumentReader(), false, IngestProgress.silent());
            assertThat(heard).isEmpty();

            ingester.reextractStored(IngestProgress.silent());
            assertThat(heard).containsExactlyInAnyOrder(a.toString(), b.toString());
            assertThat(store.documentIds()).hasSize(2);
        }
    }

    @Test
    void aFailingListenerStopsTheIngestAfterTheStoreCommitted() throws Exception {
        Path a = Files.writeString(temp.resolve("a.txt"), "地区生产总值完成236.5亿元。", StandardCharsets.UTF_8);
        try (FactStore store = FactStore.open(temp.resolve("x.duckdb").toString())) {
            Ingester ingester = Ingester.standard(store, 1).onCommit(CommitListenerTest::diskFull);

            assertThatThrownBy(() -> ingester.ingest(List.of(a), new DocumentReader(), false, IngestProgress.silent()))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
            assertThat(store.documentCount()).isEqualTo(1);
        }
    }

    private static void diskFull(List<StoredDocument> documents) throws IOException {
        throw new IOException("disk full");
    }
}
