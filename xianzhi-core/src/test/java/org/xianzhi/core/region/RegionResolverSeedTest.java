package org.xianzhi.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xianzhi.core.TestDocuments;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * The resolver on the five seed documents, when the shared seeds are present (a fresh clone has none). The seeds are
 * Traditional with pinyin glosses; until the normalizer does that work, this test strips the glosses and converts
 * to Simplified itself, roughly.
 */
class RegionResolverSeedTest {
    @ParameterizedTest
    @CsvSource({
            "000_b5c92d6f6f85a620.txt, 141127",
            "001_69bcf77c48bab82e.txt, 141125",
            "002_bc54e6ebe17d93eb.txt, 141033",
            "003_0761b37575dd39c7.txt, 140225",
            "004_ed5b4fa042d84a2e.txt, 621225"})
    void resolvesTheCountyOfEachSeed(String file, String code) {
        String original = TestDocuments.seedText(file);
        String simplified = ZhConverterUtil.toSimple(original.replaceAll("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)", ""));
        assertThat(RegionResolver.standard().resolve(simplified).map(Region::code)).contains(code);
    }

}
