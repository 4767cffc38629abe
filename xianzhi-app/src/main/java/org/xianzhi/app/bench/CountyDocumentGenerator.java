package org.xianzhi.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionGazetteer;
import org.xianzhi.core.region.RegionLevel;

/**
 * Writes realistic, varied county documents: a work report (review of last year, targets for this year), a
 * press-conference transcript or a newspaper interview, for a county drawn from the gazetteer, dated 2019–2025, with
 * random figures and shuffled paragraphs. The same seed gives the same documents; no two documents are alike.
 *
 * <p>By default a document is a few hundred characters, quick for tests. Benches ask for real-sized documents
 * ({@link #realSized}): each is lengthened with sections of policy prose and an occasional figure to a length drawn
 * around {@value #REAL_MEDIAN_CHARS} characters, the median of real county work reports, about as dense in facts.
 */
public final class CountyDocumentGenerator {
    /** A generated document: the file name to write it under and its text. */
    public record GeneratedDocument(String fileName, String text) {
    }

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "郭", "高"};
    private static final String[] GIVEN = {"建国", "志强", "海涛", "晓东", "丽华", "文军", "永红", "国庆", "春生", "明亮", "俊峰", "秀英", "卫东", "瑞林"};
    private static final String[] THEMES = {"高质量发展", "乡村振兴", "营商环境", "民生实事", "生态文明建设", "项目建设"};
    private static final String[] PROJECTS = {"光伏发电", "现代农业产业园", "物流园区", "文旅综合体", "污水处理厂", "高速公路连接线", "煤层气综合利用"};

    /** The median length of real county work reports, in characters. */
    public static final int REAL_MEDIAN_CHARS = 13_700;
    /** How widely real lengths spread around the median: the sigma of their logarithm. */
    private static final double REAL_LENGTH_SIGMA = 0.5;
    /**
     * Sections of prose that carry a figure: real reports hold about 40 facts in their 13,700 characters, one every
     * 350 characters, and a section is about 60 characters with a figure sentence of two or three facts.
     */
    private static final double FIGURE_SECTION_SHARE = 0.07;
    private static final String[] POLICY = {"坚持把发展经济的着力点放在实体经济上", "深入实施创新驱动发展战略", "持续深化“放管服”改革",
        "统筹推进城乡融合发展", "扎实做好保障和改善民生工作", "认真落实安全生产责任制", "加快构建现代产业体系", "全力抓好招商引资和项目建设",
        "大力推进美丽乡村建设", "不断加强政府自身建设", "着力优化营商环境", "积极稳妥推进新型城镇化", "守牢不发生规模性返贫底线",
        "扎实推进生态环境保护", "持续加强基层社会治理", "全面推进依法行政"};

    private final List<Region> counties;
    private final RegionGazetteer gazetteer;
    private final SplittableRandom random;
    private final int medianChars;
    private int serial;

    public CountyDocumentGenerator(RegionGazetteer gazetteer, long seed) {
        this(gazetteer, seed, 0);
    }

    /** Documents of real size, their lengths spread around {@value #REAL_MEDIAN_CHARS} characters. */
    public static CountyDocumentGenerator realSized(RegionGazetteer gazetteer, long seed) {
        return new CountyDocumentGenerator(gazetteer, seed, REAL_MEDIAN_CHARS);
    }

    private CountyDocumentGenerator(RegionGazetteer gazetteer, long seed, int medianChars) {
        this.medianChars = medianChars;
        this.gazetteer = gazetteer;
        this.counties = gazetteer.all().stream().filter(r -> r.level() == RegionLevel.COUNTY
                && (r.name().endsWith("县") || r.name().endsWith("旗"))).toList();
        if (counties.isEmpty()) {
            throw new IllegalArgumentException("the gazetteer has no counties to write about");
        }
        this.random = new SplittableRandom(seed);
    }

    /** The next document. */
    public GeneratedDocument next() {
        Region county = counties.get(random.nextInt(counties.size()));
        String city = gazetteer.parent(county).map(Region::name).orElse("");
        int year = 2019 + random.nextInt(7);
        int kind = random.nextInt(3);
        String text = switch (kind) {
            case 0 -> workReport(county.name(), city, year);
            case 1 -> pressConference(county.name(), city, year);
            default -> interview(county.name(), city, year);
        };
        if (medianChars > 0) {
            text = lengthened(text);
        }
        serial++;
        String name = String.format(Locale.ROOT, "%s-%d-%s-%06d.txt", county.code(), year,
                kind == 0 ? "report" : kind == 1 ? "press" : "interview", serial);
        return new GeneratedDocument(name, text);
    }

    /** The next {@code count} documents. */
    public List<GeneratedDocument> next(int count) {
        List<GeneratedDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            docs.add(next());
        }
        return docs;
    }

    /**
     * Writes {@code count} documents as UTF-8 files under {@code folder}, in a subfolder per province so that ingest
     * walks a tree.
     *
     * @return the total number of characters written
     */
    public long writeTo(Path folder, int count) throws IOException {
        long chars = 0;
        for (int i = 0; i < count; i++) {
            GeneratedDocument doc = next();
            Path dir = folder.resolve(doc.fileName().substring(0, 2));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(doc.fileName()), doc.text(), StandardCharsets.UTF_8);
            chars += doc.text().length();
        }
        return chars;
    }

    /**
     * The document with sections of prose inserted before its closing line, up to a length drawn log-normally around
     * the median.
     */
    private String lengthened(String text) {
        double drawn = medianChars * Math.exp(REAL_LENGTH_SIGMA * random.nextGaussian());
        int target = (int) Math.max(medianChars / 4.0, Math.min(medianChars * 5.0, drawn));
        int close = text.lastIndexOf('\n', text.length() - 2) + 1;
        StringBuilder b = new StringBuilder(target + 500).append(text, 0, close);
        for (int section = 1; b.length() < target; section++) {
            b.append('（').append(chinese(section % 100)).append('）');
            int phrases = 3 + random.nextInt(4);
            for (int i = 0; i < phrases; i++) {
                b.append(pick(POLICY)).append(i + 1 < phrases ? "，" : "，各项工作取得新进展。");
            }
            if (random.nextDouble() < FIGURE_SECTION_SHARE) {
                List<String> figures = review();
                b.append(figures.get(random.nextInt(figures.size())));
            }
            b.append('\n');
        }
        return b.append(text, close, text.length()).toString();
    }

    /** Sentences of a year's review, each with fresh figures. */
    private List<String> review() {
        return new ArrayList<>(List.of(
                "全县地区生产总值完成" + money(40, 400) + "亿元，增长" + percent(-3, 12) + "%。",
                "一般公共预算收入完成" + money(2, 40) + "亿元，同比增长" + percent(-10, 25) + "%；一般公共预算支出" + money(15, 60) + "亿元，其中民生支出占比达到" + percent(70, 88) + "%。",
                "城镇居民人均可支配收入达到" + random.nextInt(25_000, 48_000) + "元、农村居民人均可支配收入达到" + random.nextInt(9_000, 22_000) + "元，分别增长" + percent(3, 8) + "%、" + percent(5, 10) + "%。",
                "规模以上工业增加值增长" + percent(-5, 15) + "%，固定资产投资完成" + money(10, 150) + "亿元，社会消费品零售总额" + money(10, 120) + "亿元。",
                "粮食播种面积稳定在" + money(20, 90) + "万亩，粮食总产量达到" + money(5, 60) + "万吨，新建高标准农田" + money(1, 8) + "万亩。",
                "完成营造林" + money(1, 15) + "万亩，森林覆盖率提高到" + percent(15, 60) + "%，空气质量优良天数达到" + random.nextInt(240, 340) + "天。",
                "新增城镇就业" + random.nextInt(1_000, 8_000) + "人，新增市场主体" + random.nextInt(1_000, 9_000) + "户，招商引资签约资金" + money(20, 300) + "亿元。",
                "实施重点项目" + random.nextInt(30, 160) + "个，完成投资" + money(20, 200) + "亿元，其中" + pick(PROJECTS) + "项目建成投产。"));
    }

    private String workReport(String county, String city, int year) {
        int last = year - 1;
        StringBuilder b = new StringBuilder();
        b.append(county).append("人民政府\n");
        b.append(county).append(year).append("年政府工作报告\n");
        b.append("——").append(year).append("年").append(1 + random.nextInt(3)).append("月").append(1 + random.nextInt(28))
                .append("日在").append(county).append("第").append(chinese(16 + random.nextInt(4))).append("届人民代表大会第")
                .append(chinese(1 + random.nextInt(5))).append("次会议上\n");
        b.append(county).append("人民政府县长 ").append(person()).append("\n\n各位代表：\n");
        b.append("现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n\n");
        b.append("一、").append(last).append("年工作回顾\n");
        b.append("过去的一年，在市委、市政府和县委的坚强领导下，我们坚持稳中求进工作总基调，全县经济社会保持平稳健康发展。\n");
        shuffleInto(b, review());
        b.append("\n二、").append(year).append("年主要预期目标\n");
        b.append("今年政府工作的主要预期目标是：");
        List<String> targets = new ArrayList<>(List.of(
                "地区生产总值增长" + percent(4, 9) + "%左右",
                "一般公共预算收入增长" + percent(3, 10) + "%",
                "固定资产投资增长" + percent(5, 15) + "%",
                "社会消费品零售总额增长" + percent(4, 10) + "%",
                "城乡居民人均可支配收入分别增长" + percent(4, 7) + "%和" + percent(6, 9) + "%",
                "城镇调查失业率控制在" + percent(4, 6) + "%以内",
                "粮食产量稳定在" + money(5, 60) + "万吨以上"));
        Collections.shuffle(targets, new Random(random.nextLong()));
        b.append(String.join("；", targets.subList(0, 4 + random.nextInt(targets.size() - 3)))).append("。\n");
        b.append("各位代表，新征程上，我们将在").append(city).append("委、").append(city)
                .append("政府的坚强领导下，奋力谱写").append(county).append("高质量发展新篇章！\n");
        return b.toString();
    }

    private String pressConference(String county, String city, int year) {
        String official = person();
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        StringBuilder b = new StringBuilder();
        b.append(city.isEmpty() ? "新闻网" : city.replace("市", "") + "新闻网").append(" ")
                .append(String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day)).append("\n");
        b.append(county).append("举行“").append(pick(THEMES)).append("”主题新闻发布会\n");
        b.append(year).append("年").append(month).append("月").append(day).append("日上午，").append(county)
                .append("召开新闻发布会，县委副书记、县长").append(official).append("介绍全县经济社会发展情况，并回答记者提问。\n");
        b.append(official).append("：一年来，全县上下锚定目标、真抓实干。");
        List<String> said = new ArrayList<>(List.of(
                "地区生产总值达到" + money(40, 400) + "亿元，增速居全市第" + chinese(1 + random.nextInt(10)) + "。",
                "接待游客" + money(50, 900) + "万人次，实现旅游综合收入" + money(3, 80) + "亿元，分别增长" + percent(5, 40) + "%、" + percent(5, 45) + "%。",
                "新能源装机容量达到" + money(20, 300) + "万千瓦，占全部装机的" + percent(20, 70) + "%。",
                "争取专项债券资金" + money(2, 30) + "亿元，支持" + random.nextInt(5, 40) + "个项目建设。",
                "新增规模以上企业" + random.nextInt(3, 30) + "户，规上工业增加值增长" + percent(2, 18) + "%。"));
        shuffleInto(b, said);
        b.append("\n记者：下一步在").append(pick(THEMES)).append("方面有哪些打算？\n");
        b.append(official).append("：我们将聚焦").append(pick(PROJECTS)).append("等重点项目，力争全年固定资产投资增长")
                .append(percent(5, 15)).append("%以上。\n");
        b.append("【编辑：").append(person()).append("】\n");
        return b.toString();
    }

    private String interview(String county, String city, int year) {
        String secretary = person();
        StringBuilder b = new StringBuilder();
        b.append("专访").append(county).append("县委书记").append(secretary).append("：").append(pick(THEMES)).append("开新局\n");
        b.append("记者 ").append(person()).append(" ").append(year).append("年").append(1 + random.nextInt(12)).append("月")
                .append(1 + random.nextInt(28)).append("日\n");
        b.append("记者：").append(county).append("过去一年取得了哪些成绩？\n");
        b.append(secretary).append("：").append(year - 1).append("年，");
        List<String> said = new ArrayList<>(List.of(
                "全县地区生产总值突破" + random.nextInt(50, 400) + "亿元，",
                "城镇居民人均可支配收入" + money(2, 5) + "万元，",
                "农村居民人均可支配收入增长" + percent(5, 11) + "%，",
                "脱贫人口人均纯收入达到" + random.nextInt(9_000, 18_000) + "元，",
                "林草覆盖率达到" + percent(20, 65) + "%，"));
        shuffleInto(b, said);
        b.append("发展的基础更加牢固。\n");
        b.append("记者：今年的工作重点是什么？\n");
        b.append(secretary).append("：今年我们要推动").append(pick(PROJECTS)).append("项目落地，确保地区生产总值增长")
                .append(percent(4, 8)).append("%左右，为").append(city).append("发展作出更大贡献。\n");
        return b.toString();
    }

    private void shuffleInto(StringBuilder b, List<String> sentences) {
        Collections.shuffle(sentences, new Random(random.nextLong()));
        int keep = Math.max(2, sentences.size() - random.nextInt(3));
        for (String s : sentences.subList(0, keep)) {
            b.append(s);
        }
        b.append('\n');
    }

    private String money(int from, int to) {
        return String.format(Locale.ROOT, "%.2f", from + random.nextDouble() * (to - from));
    }

    private String percent(int from, int to) {
        return String.format(Locale.ROOT, "%.1f", from + random.nextDouble() * (to - from));
    }

    private String person() {
        return pick(SURNAMES) + pick(GIVEN);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String chinese(int n) {
        String digits = "零一二三四五六七八九";
        if (n < 10) {
            return String.valueOf(digits.charAt(n));
        }
        return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : String.valueOf(digits.charAt(n % 10)));
    }
}
