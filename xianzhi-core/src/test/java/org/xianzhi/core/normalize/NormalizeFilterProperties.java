package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xianzhi.core.text.RewriteContract.assertOffsetsInRangeAndOrdered;

import java.nio.charset.Charset;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.xianzhi.core.text.TextFilter;

/** What gbk-repair and pinyin-gloss promise for any input: no exception, ordered in-range offsets, clean text kept. */
class NormalizeFilterProperties {
    private static final List<TextFilter> FILTERS = List.of(new GbkMojibakeRepairFilter(), new PinyinGlossFilter());
    private static final Charset GBK = Charset.forName("GBK");

    /** Clean simplified clauses in the style of county reports, some with ? and ! used as they normally are. */
    private static final List<String> CLEAN_CLAUSES = List.of(
            "全县地区生产总值完成152.3亿元，", "同比增长6.5%。", "是否?", "取得了哪些成效?", "what? ",
            "城乡居民人均可支配收入分别增长5.8%和7.2%。", "空气质量优良天数比例达到87.4%，", "我们要坚定信心!",
            "新建标准化厂房5万平方米。", "总投资8.2亿元的产业园开工建设。", "(一)总体要求", "(2023)",
            "“三条线”", "GDP增长6%，", "县中医院迁址新建，", "科学布局恒山游客中心。");

    @Property(tries = 300)
    void neverThrowsAndKeepsOffsetsOnRandomUnicode(@ForAll String input) {
        FILTERS.forEach(f -> assertOffsetsInRangeAndOrdered(f.name(), input, f.apply(input)));
    }

    @Property(tries = 300)
    void neverThrowsAndKeepsOffsetsOnRandomBytesDecodedAsGbk(@ForAll byte[] bytes) {
        String input = new String(bytes, GBK);
        FILTERS.forEach(f -> assertOffsetsInRangeAndOrdered(f.name(), input, f.apply(input)));
    }

    @Property(tries = 200)
    void neverThrowsOnTextFullOfMarksAndRareCharacters(@ForAll("mojibakeLike") String input) {
        FILTERS.forEach(f -> assertOffsetsInRangeAndOrdered(f.name(), input, f.apply(input)));
    }

    @Property(tries = 200)
    void leavesCleanSimplifiedTextUnchanged(@ForAll("cleanSimplified") String input) {
        FILTERS.forEach(f -> assertThat(f.apply(input).isUnchanged()).as(f.name()).isTrue());
    }

    @Provide
    Arbitrary<String> cleanSimplified() {
        return Arbitraries.of(CLEAN_CLAUSES).list().ofMinSize(1).ofMaxSize(12).map(clauses -> String.join("", clauses));
    }

    @Provide
    Arbitrary<String> mojibakeLike() {
        return Arbitraries.strings().withChars("??!()（）諝馕廴疚餄舛戎笜偼顿傤茖钡莫叭苯ābiāoxuéhWY~\uE07E\uFFFD發展縣。，")
                .ofMaxLength(60);
    }
}
