package org.xianzhi.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xianzhi.app.store.FactStore;
import org.xianzhi.core.ingest.DocumentReader;

class MemoryBudgetTest {
    @TempDir
    Path temp;

    @Test
    void aDocumentTakesItsSizeInKilobytesAndAtMostTheWholeBudget() {
        MemoryBudget budget = new MemoryBudget(100 * 1024);
        assertThat(budget.share(0)).isEqualTo(1);
        assertThat(budget.share(1)).isEqualTo(1);
        assertThat(budget.share(1025)).isEqualTo(2);
        assertThat(budget.share(50L * 1024 * 1024)).isEqualTo(100);
    }

    @Test
    void twoDocumentsLargerThanHalfTheBudgetNeverRunAtOnceWhileSmallOnesDo() throws Exception {
        List<Path> large = reports("large", 4, 300);
        List<Path> small = reports("small", 4, 3);
        try (FactStore store = FactStore.open(temp.resolve("x.duckdb").toString())) {
            long budget = 500 * 1024;
            assertThat(mostAtOnce(store, large, budget)).isEqualTo(1);
            assertThat(mostAtOnce(store, small, budget)).isEqualTo(2);
        }
    }

    /** The most documents seen at once between extraction and indexing, on two threads. */
    private static int mostAtOnce(FactStore store, List<Path> files, long budget) throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Ingester ingester = Ingester.standard(store, 2).withMemoryBudget(budget).indexingWith((document, text) -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                now.decrementAndGet();
            }
        });
        IngestReport report = ingester.ingest(files, new DocumentReader(), false, IngestProgress.silent());
        assertThat(report.tally().stored()).isEqualTo(files.size());
        return most.get();
    }

    /** {@code count} reports of at least {@code kb} KB each, different from each other. */
    private List<Path> reports(String name, int count, int kb) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("龙门县2024年政府工作报告\n");
            String line = "第" + i + "份:全县地区生产总值完成" + (100 + i) + "亿元,增长6.5%。\n";
            while (text.toString().getBytes(StandardCharsets.UTF_8).length < kb * 1024) {
                text.append(line).append("坚持稳中求进工作总基调,推动高质量发展。\n");
            }
            files.add(Files.writeString(temp.resolve(name + i + ".txt"), text, StandardCharsets.UTF_8));
        }
        return files;
    }
}
