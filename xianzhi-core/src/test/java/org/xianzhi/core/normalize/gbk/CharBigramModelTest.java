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

    @Test
    void knowsWhichCharactersFollowEachOtherAcrossWordsFromRunningText() {
        // 的 ends no word but follows 发展 in running text far more often than chance
        assertThat(model.logProb('展', '的')).isGreaterThan(model.unigramLogProb('的'));
    }

    @Test
    void knowsWhatOpensAndEndsAClause() {
        // 我 opens clauses (现在,我代表…) far more than chance; 议 does not
        assertThat(model.logProb(',', '我')).isGreaterThan(model.unigramLogProb('我') + 1);
        assertThat(model.logProb('，', '我')).isEqualTo(model.logProb(',', '我'));
        assertThat(model.logProb(',', '我') - model.unigramLogProb('我'))
                .isGreaterThan(model.logProb(',', '议') - model.unigramLogProb('议'));
        // a clause ends after 好 (稳中向好,) more than after 海
        assertThat(model.logProb('好', ',')).isGreaterThan(model.logProb('海', ',') + 1);
    }

    @Test
    void readsAThirdCharacterBetterWhereTheTrigramWasCounted() {
        assertThat(model.logProb('生', '产', '总')).isGreaterThan(model.logProb('产', '总') + 0.5);
        assertThat(model.logProb('生', '产', '疚')).isEqualTo(model.logProb('产', '疚'));
    }

    @Test
    void knowsWhatFollowsANumber() {
        assertThat(model.logProb('4', '年')).isGreaterThan(model.logProb('4', '关') + 2);
        assertThat(model.logProb('3', '万')).isEqualTo(model.logProb('7', '万'));
    }

    @Test
    void tellsTheScriptOfACharacterByItsForm() {
        assertThat(model.script('關')).isEqualTo(CharBigramModel.Script.TRADITIONAL);
        assertThat(model.script('关')).isEqualTo(CharBigramModel.Script.SIMPLIFIED);
        assertThat(model.script('年')).isEqualTo(CharBigramModel.Script.BOTH);
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
