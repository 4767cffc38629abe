package org.xianzhi.core.normalize.gbk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharBigramModelTest {
    private final CharBigramModel model = CharBigramModel.shared();

    @Test
    void scoresRealWordsFarAboveTheirMojibake() {
        assertThat(perCharacter("空氣污染物濃度指標")).isGreaterThan(perCharacter("諝馕廴疚餄舛戎笜") + 5);
        assertThat(perCharacter("總投資")).isGreaterThan(perCharacter("偼顿Y") + 5);
    }

    @Test
    void scoresTraditionalLikeSimplified() {
        assertThat(model.logProb('空', '氣')).isEqualTo(model.logProb('空', '气'));
        assertThat(model.unigramLogProb('縣')).isEqualTo(model.unigramLogProb('县'));
    }

    @Test
    void prefersAWordOverTheSameCharactersApart() {
        assertThat(model.logProb('科', '學')).isGreaterThan(model.logProb('學', '科') + 1);
    }

    @Test
    void givesSymbolsThatMojibakeIsMadeOfTheLowestScore() {
        assertThat(model.unigramLogProb('ロ')).isEqualTo(CharBigramModel.UNKNOWN);
        assertThat(model.unigramLogProb('κ')).isEqualTo(CharBigramModel.UNKNOWN);
        assertThat(model.unigramLogProb('，')).isGreaterThan(model.unigramLogProb('疚'));
    }

    private double perCharacter(String text) {
        double sum = 0;
        char prev = '\n';
        for (char c : text.toCharArray()) {
            sum += model.logProb(prev, c);
            prev = c;
        }
        return sum / text.length();
    }
}
