package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/** The real damaged documents in {@code shared/seeds}, when they are beside the repository (never in a fresh clone). */
class SeedDocumentsRepairTest {
    private final Normalizer repairs = new Normalizer(List.of(new GbkMojibakeRepairFilter(), new PinyinGlossFilter()));

    @Test
    void repairsTheLostByteRunsOfTheCountyWorkReport() throws IOException {
        List<Path> seeds = seeds("003_");
        assumeTrue(!seeds.isEmpty(), "shared/seeds is not beside the repository");

        String simplified = ZhConverterUtil.toSimple(repairs.normalize(read(seeds.get(0))).text());

        assertThat(simplified).contains("空气污染物浓度指标", "县中医院", "科学布局", "总投资14.65亿");
    }

    @Test
    void leavesNoDoubleQuestionMarkInAnySeed() throws IOException {
        List<Path> seeds = seeds("");
        assumeTrue(!seeds.isEmpty(), "shared/seeds is not beside the repository");

        for (Path seed : seeds) {
            assertThat(repairs.normalize(read(seed)).text()).as(seed.getFileName().toString()).doesNotContain("??");
        }
    }

    private static String read(Path seed) throws IOException {
        return Files.readString(seed, StandardCharsets.UTF_8);
    }

    /** The seed files whose names start with {@code prefix}, found by walking up from the working directory. */
    private static List<Path> seeds(String prefix) throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seeds = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(seeds)) {
                try (Stream<Path> files = Files.list(seeds)) {
                    return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                            .filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
                }
            }
        }
        return List.of();
    }
}
