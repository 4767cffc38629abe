package org.xianzhi.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.TestDocuments;
import org.xianzhi.core.normalize.Normalizer;

/** A document read once answers every region question as the resolver's one-off methods do. */
class DocumentRegionsTest {
    private static final RegionResolver RESOLVER = RegionResolver.standard();
    /** Where a clause may start: after these, or at a line start. */
    private static final String CLAUSE_ENDS = "，,。；;：:！？\n";
    /** How far after a clause start figures are tried, to keep the seeds' pairs in the thousands. */
    private static final int CLAUSE_REACH = 120;

    @Test
    void answersTheScopeOfEveryFigureAsScopeAtDoes() {
        String text = "山西省吕梁市柳林县\n2023年,全县地区生产总值增长6%,占全市的三成;全省排名第一。吕梁市全市生产总值"
                + "增长5%,阳泉市城区人口12万人,柳林实现收入3亿元。现代县域经济提质,岚县县城新增就业800人,全国粮食产量"
                + "增长1.3%,我国粮食总产量1.39万亿斤;安全市场主体800户,柳林县居全市第三。";
        assertAgrees(text);
        RegionResolver.DocumentRegions read = RESOLVER.read(text);
        assertThat(read.region().map(Region::code)).contains("141125");
        assertThat(read.scopeAt(text.indexOf("全国"), text.indexOf("1.3%")).kind()).isEqualTo(RegionScope.Kind.NATION);
    }

    @Test
    void answersAsTheResolverOnEverySeedOnceNormalized() {
        Normalizer normalizer = Normalizer.standard();
        for (String seed : TestDocuments.seedTexts()) {
            assertAgrees(normalizer.normalize(seed).text());
        }
    }

    @Test
    void hasNoScopeToGiveInADocumentWithoutARegion() {
        String text = "今年以来,全市地区生产总值增长5%。";
        RegionResolver.DocumentRegions read = RESOLVER.read(text);
        assertThat(read.region()).isEmpty();
        assertThatThrownBy(() -> read.scopeAt(0, text.indexOf('5'))).isInstanceOf(IllegalStateException.class);
    }

    private static void assertAgrees(String text) {
        RegionResolver.DocumentRegions read = RESOLVER.read(text);
        assertThat(read.region()).isEqualTo(RESOLVER.resolve(text));
        Region own = read.region().orElseThrow();
        List<Integer> clauseStarts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                clauseStarts.add(i + 1);
            }
        }
        int checked = 0;
        for (int clause : clauseStarts) {
            for (int figure = clause; figure <= Math.min(text.length(), clause + CLAUSE_REACH); figure++) {
                assertThat(read.scopeAt(clause, figure)).as("clause at %d, figure at %d", clause, figure)
                        .isEqualTo(RESOLVER.scopeAt(own, text, clause, figure));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(text.length() / 2);
    }
}
