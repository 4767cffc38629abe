package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

class CommonHanziTest {

    @Test
    void holdsTheTraditionalFormOfEverySimplifiedEntry() {
        Set<Integer> missing = new HashSet<>();
        CommonHanzi.SIMPLIFIED.codePoints().forEach(c -> ZhConverterUtil.toTraditional(Character.toString(c)).codePoints()
                .filter(t -> !CommonHanzi.contains((char) t))
                .forEach(missing::add));

        assertThat(missing).isEmpty();
    }

    @Test
    void holdsOnlyUnifiedIdeographsEachOnce() {
        String all = CommonHanzi.SIMPLIFIED + CommonHanzi.TRADITIONAL_ONLY;

        assertThat(all.chars().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF)).isTrue();
        assertThat(all.chars().distinct().count()).isEqualTo(all.length());
    }

    @Test
    void knowsFrequentCharactersAndNotRareOnes() {
        assertThat("的县亿增長縣億".chars().allMatch(c -> CommonHanzi.contains((char) c))).isTrue();
        assertThat("龘鱻靐饕".chars().noneMatch(c -> CommonHanzi.contains((char) c))).isTrue();
    }
}
