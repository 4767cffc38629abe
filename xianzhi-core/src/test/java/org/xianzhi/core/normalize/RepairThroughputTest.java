package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.xianzhi.core.normalize.gbk.GbkDamage;
import org.junit.jupiter.api.Test;
import org.xianzhi.core.text.TextFilter;

/**
 * Rough speed of gbk-repair and pinyin-gloss, printed rather than asserted (machines differ): clean text takes the
 * fast scan; damaged text pays for the search only around its damage.
 */
class RepairThroughputTest {
    private static final String CLEAN = "全县地区生产总值完成152.3亿元，同比增长6.5%。城乡居民人均可支配收入分别增长5.8%和7.2%。"
            + "请问下一步如何推动煤炭产业高质量发展?我们坚持把巩固拓展脱贫攻坚成果同乡村振兴有效衔接。\n";
    private static final String GLOSSED = "全縣經濟社會發(fā)展穩中有進，副縣長(zhǎng)主持召開會(huì)議，打造獨(dú)特品牌(2023)。\n";

    @Test
    void measuresCharactersPerSecond() {
        String clean = CLEAN.repeat(10_000);
        String glossed = GLOSSED.repeat(10_000);
        String damaged = damagedReport().repeat(200);

        assertThat(new GbkMojibakeRepairFilter().apply(clean).isUnchanged()).isTrue();
        assertThat(new PinyinGlossFilter().apply(glossed).text()).doesNotContain("(fā)");

        report("gbk-repair, clean simplified", new GbkMojibakeRepairFilter(), clean);
        report("gbk-repair, damaged Traditional", new GbkMojibakeRepairFilter(), damaged);
        report("pinyin-gloss, glossed Traditional", new PinyinGlossFilter(), glossed);
        report("pinyin-gloss, clean simplified", new PinyinGlossFilter(), clean);
    }

    /** A paragraph with two lost-byte runs per about 120 characters. */
    private static String damagedReport() {
        String text = "全年完成投資12.6億元。科學(xué)規劃城區道路，新建標準化廠房5萬平方米。總投資8.2億元的產業園開工建設。"
                + "全縣經濟社會發(fā)展穩中有進，城鄉居民收入持續增長。\n";
        String once = GbkDamage.loseByte(text, text.indexOf('。'), true);
        int second = once.lastIndexOf('米') + 1;
        return once.substring(0, second) + GbkDamage.loseByte(once.substring(second), 0, true);
    }

    private static void report(String what, TextFilter filter, String text) {
        filter.apply(text);
        long start = System.nanoTime();
        int rounds = 3;
        for (int i = 0; i < rounds; i++) {
            filter.apply(text);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-36s %,12.0f chars/s%n", what, rounds * text.length() / seconds);
    }
}
