package org.xianzhi.core.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Rewrite;
import org.xianzhi.core.text.RewriteContract;
import org.xianzhi.core.text.TextFilter;

/**
 * The contract every normalize filter owes the chain (package-info): never throws, offsets in range and ordered,
 * clean Simplified text passes unchanged, and a second run changes nothing; and what the whole chain owes its callers.
 */
class FilterContractProperties {
    /**
     * Common Simplified characters, none of which any filter should touch. 乾 and 著 are valid Simplified only inside
     * certain words, so they come in {@link #TRICKY_WORDS}.
     */
    private static final String SIMPLIFIED = "全县地区生产总值增长亿元万人口农村居民收入城镇规模以上工业增加值社会消费品零售"
            + "总额固定资产投资一般公共预算财政项目建设产业发展乡村振兴生态环境保护教育医疗卫生就业养老住房交通水利"
            + "能源煤炭光伏新材料旅游文化招商引资改革创新营商科技人才党委政府书记县长副主任代表会议报告工作目标任务"
            + "完成实现推进加快持续深化提升巩固落实开展强化全面积极坚持推动着力干部只有里面后来于是么";
    private static final List<String> TRICKY_WORDS = List.of("乾隆", "乾县", "著名", "显著", "标志着", "有著名", "著作",
            "蒜薹", "什么", "面粉", "背后", "于是");
    private static final String DIGITS = "0123456789";

    private static final Normalizer CHAIN = Normalizer.standard();
    private static final List<TextFilter> FILTERS = List.of(new EscapedMarkupFilter(), new FullWidthFilter(),
            new TraditionalToSimplifiedFilter(), new LayoutNoiseFilter());

    @Property(tries = 300)
    void keepsTheContractOnRandomUnicode(@ForAll @Size(max = 400) String text) {
        FILTERS.forEach(filter -> checkContract(filter, text));
    }

    @Property(tries = 300)
    void keepsTheContractOnRandomBytesDecodedAsGbk(@ForAll @Size(max = 600) byte[] bytes) {
        String text = new String(bytes, Charset.forName("GBK"));
        FILTERS.forEach(filter -> checkContract(filter, text));
    }

    @Property(tries = 300)
    void keepsTheContractOnDamagedChineseLayouts(@ForAll("damagedPages") String text) {
        FILTERS.forEach(filter -> checkContract(filter, text));
    }

    @Property(tries = 200)
    void leavesCleanSimplifiedTextUnchanged(@ForAll("cleanPages") String text) {
        for (TextFilter filter : FILTERS) {
            assertThat(filter.apply(text).isUnchanged()).as(filter.name()).isTrue();
        }
    }

    @Property(tries = 200)
    void theWholeChainKeepsItsOffsetsOnRandomUnicode(@ForAll @Size(max = 400) String text) {
        checkChain(text);
    }

    @Property(tries = 200)
    void theWholeChainKeepsItsOffsetsOnRandomBytesDecodedAsGbk(@ForAll @Size(max = 600) byte[] bytes) {
        checkChain(new String(bytes, Charset.forName("GBK")));
    }

    @Property(tries = 200)
    void theWholeChainKeepsItsOffsetsOnDamagedChineseLayouts(@ForAll("damagedPages") String text) {
        checkChain(text);
    }

    @Property(tries = 200)
    void theWholeChainLeavesCleanSimplifiedTextUnchanged(@ForAll("cleanPages") String text) {
        assertThat(CHAIN.normalize(text).text()).isEqualTo(text);
    }

    /**
     * The chain's offsets are in range and in order, and every output character comes from its span: a letter or
     * digit mapped to one original character is that character, folded to half width at most.
     */
    private static void checkChain(String text) {
        MappedText clean = CHAIN.normalize(text);
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < clean.length(); i++) {
            int start = clean.originalStart(i);
            int end = clean.originalEnd(i);
            assertThat(start).as("start of %d in %s", i, escape(text)).isBetween(previousStart, text.length());
            assertThat(end).as("end of %d in %s", i, escape(text)).isBetween(Math.max(start, previousEnd), text.length());
            char out = clean.text().charAt(i);
            if (end - start == 1 && out < 128 && Character.isLetterOrDigit(out)) {
                char in = text.charAt(start);
                assertThat(in == out || in - 0xFEE0 == out).as("%s from %s", out, in).isTrue();
            }
            previousStart = start;
            previousEnd = end;
        }
    }

    private static void checkContract(TextFilter filter, String text) {
        Rewrite once = filter.apply(text);
        RewriteContract.assertOffsetsInRangeAndOrdered(filter.name(), text, once);
        Rewrite twice = filter.apply(once.text());
        assertThat(twice.text()).as(filter.name() + " is idempotent on " + escape(text)).isEqualTo(once.text());
        assertThat(twice.isUnchanged()).as(filter.name()).isTrue();
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> out.append(c < 128 && c >= 32 ? String.valueOf((char) c)
                : c == '\n' ? "\\n" : (c > 0x2E80 && c < 0xA000 ? new String(Character.toChars(c)) : String.format("\\u%04x", c))));
        return out.toString();
    }

    @Provide
    Arbitrary<String> cleanPages() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withChars(SIMPLIFIED + DIGITS).ofMinLength(1).ofMaxLength(12),
                Arbitraries.of(TRICKY_WORDS));
        Arbitrary<String> clause = word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("、", words));
        Arbitrary<String> sentence = clause.list().ofMinSize(1).ofMaxSize(4).map(clauses -> String.join(",", clauses) + "。");
        Arbitrary<String> paragraph = sentence.list().ofMinSize(1).ofMaxSize(5).map(s -> String.join("", s));
        return paragraph.list().ofMinSize(1).ofMaxSize(12).map(p -> String.join("\n", p) + "\n");
    }

    /** Pages built from the damage the seeds show: stray spaces, broken columns, vertical headlines, chrome, markup. */
    @Provide
    Arbitrary<String> damagedPages() {
        Arbitrary<String> han = Arbitraries.strings().withChars(SIMPLIFIED).ofMinLength(1).ofMaxLength(1);
        Arbitrary<String> run = Arbitraries.strings().withChars(SIMPLIFIED + DIGITS + "  ,.:%").ofMinLength(1).ofMaxLength(30);
        Arbitrary<String> ending = Arbitraries.of("", "。", ":", ",", "!", " ", "、");
        Arbitrary<String> body = Combinators.combine(Arbitraries.of("", "  ", "一、", "(二)", "3.", "●"), run, ending)
                .as((lead, middle, end) -> lead + middle + end);
        Arbitrary<String> line = Arbitraries.oneOf(body, body, body, han, han, Arbitraries.of("", "", " ",
                "【编辑:李某】", "本报记者 张某 摄", "星期二", "北京|天津|河北|山西|上海|江苏", "来源:某某发布",
                "版权所有", "记者 王某 通讯员 赵某", "图为新建的大棚", "↑产业园", "县长 李某:", "&nbsp;&amp;lt;",
                "\\r\\n", "１２．５％", "發展產業著力", "標志著有著名"));
        return line.list().ofMaxSize(40).map(lines -> String.join("\n", lines));
    }
}
