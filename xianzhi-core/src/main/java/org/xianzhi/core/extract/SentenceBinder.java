package org.xianzhi.core.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xianzhi.core.fact.BaseUnits;
import org.xianzhi.core.fact.Measure;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.indicator.Indicator;
import org.xianzhi.core.indicator.IndicatorMention;
import org.xianzhi.core.indicator.IndicatorTaxonomy;
import org.xianzhi.core.quantity.Approximation;
import org.xianzhi.core.quantity.PowerOfTen;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.quantity.QuantityKind;
import org.xianzhi.core.region.Region;
import org.xianzhi.core.region.RegionResolver;
import org.xianzhi.core.region.RegionScope;
import org.xianzhi.core.text.Words;
import org.xianzhi.core.segment.Clause;
import org.xianzhi.core.segment.Sentence;

/**
 * Binds the figures of one sentence to indicators, clause by clause. The rules, each with a reason:
 * <ul>
 * <li>A figure belongs to the last indicator named before it in its clause ({@code 地区生产总值58.26亿元}).</li>
 * <li>A clause that names no indicator continues the sentence's topic, but only for figures that say how the topic
 * did ({@code ,增速-14.7%}, {@code ,全市排名第二}, {@code ,占GDP比重57.69%}); a bare amount there is about
 * something else.</li>
 * <li>An indicator right after {@code 占} is the whole of a share, not its subject.</li>
 * <li>A second figure after a bound one needs a word of its own measure ({@code 增长}, {@code 占}); otherwise it is
 * another thing in a list ({@code 人工造林0.83万亩、封山育林2万亩}).</li>
 * <li>{@code 分别} spreads a list of figures over the indicators named before it, or over the parts of a
 * distributive name ({@code 城乡居民人均可支配收入分别达到3.18万元、1.29万元}), or over the years listed before it.</li>
 * <li>A figure about the city or province ({@code 全市}, {@code 吕梁市}) is that region's; one about the nation or
 * another region ({@code 石家庄市生产总值…} in a province's report) is not the document's fact and is dropped.</li>
 * </ul>
 * One binder serves one document: it remembers the period a speaker's turn set ({@code 去年以来,…}) across sentences.
 */
final class SentenceBinder {
    /** An indicator further than this from its figure is not its subject. */
    private static final int MAX_BRIDGE = 24;
    private static final String FENBIE = "分别";
    /** What separates the items of a list of names, or a list from what follows it. */
    private static final String LIST_BREAKS = "、,，和及与";
    private static final String AVERAGE = "年均";
    private static final Set<String> TIME_PREPOSITIONS = Set.of("到", "至", "截至", "截止", "在", "从", "自");
    /** Words that make a figure one of the whole span of years, not of its last: 累计完成投资, 每年八成, 连续三年. */
    private static final String[] OVER_THE_YEARS = {"累计", "合计", "总计", "共", "每年", "连续", "年均", "均为", "历年"};
    /** 公共 holds 共 but says nothing of years: 一般公共预算收入. */
    private static final String PUBLIC = "公共";
    /** The characters that make the year after them a comparison: 比2011年, 较2015年, 与2019年相比. */
    private static final String COMPARED_WITH = "比较与";
    /** A clause that goes on with the topic's level is short: {@code ,2024年历史性突破1万元}. */
    private static final int MAX_CONTINUATION = 12;
    /** {@code 105.7亿元的75个重点项目}: the figure may modify an indicator a few characters on. */
    private static final int MAX_MODIFIER_GAP = 8;
    private static final String[] LEVEL_VERBS = {"达到", "达", "突破", "保持在", "稳定在", "增长到", "增至", "提升到", "提高到",
        "升至", "为", "从", "由", "完成投资", "年度投资", "完成年度投资"};
    private static final String ADDED = "新增";
    private static final String PROJECTS_TOTAL = "项目总投资";
    private static final String SIGNED_FUNDS = "招商引资签约资金";
    private static final String[] SIGNING_WORDS = {"签约", "签订", "签署"};
    private static final String[] TOTAL_WORDS = {"总量", "总数", "累计达"};
    /** Words that may stand between a part and its figure's indicator: 某景区共接待游客, 某村全年实现旅游收入. */
    private static final String[] PART_FILLERS = {"全年共", "全年", "共", "累计", "今年", "实现", "全年实现"};
    private static final String[] PART_NOUNS = {"景区", "村", "项目", "公司", "企业", "园区", "基地", "工厂", "合作社", "乡镇",
        "镇", "乡"};

    private final String text;
    private final IndicatorTaxonomy taxonomy;
    private final RegionResolver.DocumentRegions regions;
    private final Region own;
    private final TimeFrame time;
    private final ParagraphPlans plans;
    private final SpeakerTurn turn;

    SentenceBinder(String text, IndicatorTaxonomy taxonomy, RegionResolver.DocumentRegions regions, Region own,
                   TimeFrame time) {
        this.text = text;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.own = own;
        this.time = time;
        this.plans = new ParagraphPlans(text);
        this.turn = new SpeakerTurn(text, time);
    }

    List<Binding> bind(Sentence sentence, List<IndicatorMention> mentions, List<Quantity> figures) {
        turn.update(sentence);
        List<Binding> out = new ArrayList<>();
        List<IndicatorMention> subjects = countyMentions(sentence, mentions).stream().filter(m -> !isWhole(m)).toList();
        IndicatorMention topic = null;
        List<IndicatorMention> wholes = new ArrayList<>(1);
        List<Indicator> lastList = List.of();
        for (Clause clause : sentence.clauses()) {
            if (clause.start() > 0 && text.charAt(clause.start() - 1) == ';') {
                // Clauses after a semicolon stand side by side, each with its own subject.
                topic = null;
                lastList = List.of();
            }
            List<IndicatorMention> named = within(subjects, clause);
            List<Quantity> amounts = new ArrayList<>();
            for (Quantity q : figures) {
                if (q.start() >= clause.start() && q.end() <= clause.end()
                        && (q.kind().isAmount() || q.kind() == QuantityKind.RANK)) {
                    amounts.add(q);
                }
            }
            Spread spread = spreadList(sentence, clause, subjects, amounts, figures, lastList, out);
            if (!spread.figures().isEmpty()) {
                lastList = spread.over();
            }
            int previousEnd = -1;
            for (Quantity figure : amounts) {
                if (spread.figures().contains(figure)) {
                    continue;
                }
                IndicatorMention subject = lastBefore(named, figure.start());
                String bridge;
                Indicator meant;
                if (subject != null) {
                    bridge = textBetween(Math.max(subject.end(), previousEnd), figure.start());
                    meant = meantBy(sentence, subject, clause, bridge, figure);
                    if (figure.start() - subject.end() > MAX_BRIDGE && figure.kind() != QuantityKind.RANK) {
                        continue;
                    }
                    if (previousEnd > subject.end() && !saysOwnMeasure(bridge, figure) && meant == subject.indicator()) {
                        continue;
                    }
                } else {
                    bridge = textBetween(Math.max(clause.start(), previousEnd), figure.start());
                    subject = topic != null && continuesTopic(bridge, figure) ? topic : followingSubject(named, figure);
                    if (subject == null) {
                        continue;
                    }
                    meant = meantBy(sentence, subject, clause, bridge, figure);
                }
                if (meant.distributive() && figure.kind() == QuantityKind.NUMBER) {
                    // 城乡居民人均可支配收入达到25780元,增长5.8%: one level for town and country is all residents'.
                    wholes.add(subject);
                }
                if (wholes.contains(subject)
                        || !bindOneOrEachPart(sentence, meant, subject.start(), figure, bridge, figures, out)) {
                    continue;
                }
                if (figure.kind() == QuantityKind.RANK) {
                    for (IndicatorMention also : listedWith(named, subject)) {
                        bindOne(sentence, also.indicator(), also.start(), figure, bridge, null, figures, out);
                    }
                }
                previousEnd = figure.end();
            }
            if (!named.isEmpty()) {
                topic = named.get(named.size() - 1);
                if (!topic.indicator().distributive()) {
                    lastList = named.stream().map(IndicatorMention::indicator).toList();
                }
            }
        }
        return out;
    }

    /** The figures of a {@code 分别} list and the indicators they were spread over. */
    private record Spread(List<Quantity> figures, List<Indicator> over) {
        static final Spread NONE = new Spread(List.of(), List.of());
    }

    /** Binds a {@code 分别} list in the clause, if there is one with someone to spread over. */
    private Spread spreadList(Sentence sentence, Clause clause, List<IndicatorMention> subjects,
                              List<Quantity> amounts, List<Quantity> figures, List<Indicator> lastList,
                              List<Binding> out) {
        int found = Words.indexOf(text, FENBIE, clause.start(), clause.end());
        boolean saysFenbie = found >= 0 && found < clause.end();
        int fenbie = saysFenbie ? found : clause.start();
        List<Quantity> spread = listAfter(amounts, fenbie);
        // A clause naming no one goes on over the names of the list before when its list is as long:
        // 存贷款余额分别达…、…,同比分别增长…、…; 分别完成23538元、9292元,增长10.5%、13.7%.
        boolean goesOn = within(subjects, clause).isEmpty() && spread.size() >= 2 && spread.size() == lastList.size();
        List<Indicator> targets = goesOn ? lastList
                : saysFenbie ? spreadTargets(subjects, fenbie, spread.size(), lastList) : List.of();
        if (spread.size() < 2 || targets.isEmpty()) {
            return Spread.NONE;
        }
        List<Period> years = yearsListedBefore(sentence, figures, fenbie, spread.size());
        int first = 0;
        int last = spread.size() - 1;
        if (targets.size() == 1 && years.isEmpty()) {
            // One indicator and a list of figures with no years: the indicator is one item of the list, and takes the
            // figure at its place, counted by the items named after it (规模以上工业企业、过亿元企业、纳税超千万元企业
            // 分别达60家、25家、10家: the first; 空气综合指数、PM2.5浓度分别下降16.43%、21.15%: the last). The other
            // figures belong to names we do not know, and to no one else.
            int place = placeInList(lastBefore(subjects, fenbie), fenbie, spread.size());
            if (place < 0) {
                return new Spread(spread, List.of());
            }
            first = place;
            last = place;
        }
        String bridge = textBetween(clause.start(), spread.get(0).start());
        // The evidence starts at the indicators the list spreads over, when the sentence names them.
        IndicatorMention named = lastBefore(subjects, fenbie);
        int evidenceStart = named == null ? fenbie : named.start();
        for (int i = first; i <= last; i++) {
            Indicator indicator = targets.size() == 1 ? targets.get(0) : targets.get(i);
            bindOne(sentence, indicator, evidenceStart, spread.get(i), bridge, years.isEmpty() ? null : years.get(i),
                    figures, out);
        }
        return new Spread(spread, targets);
    }

    /**
     * Binds one figure to an indicator, or, for a distributive name with one figure and no {@code 分别}, to each of its
     * parts: {@code 城乡居民人均可支配收入增长8%} is the same growth for both incomes. (A single level is not spread: it
     * speaks of all residents, and so does the rest of what the sentence says of them.)
     */
    private boolean bindOneOrEachPart(Sentence sentence, Indicator indicator, int evidenceStart, Quantity figure,
                                      String bridge, List<Quantity> figures, List<Binding> out) {
        if (!indicator.distributive()) {
            return bindOne(sentence, indicator, evidenceStart, figure, bridge, null, figures, out);
        }
        boolean bound = false;
        for (String part : indicator.parts()) {
            bound |= bindOne(sentence, taxonomy.byName(part).orElseThrow(), evidenceStart, figure, bridge, null,
                    figures, out);
        }
        return bound;
    }

    /** Binds one figure to an indicator; false when the figure is none of the indicator's measures. */
    private boolean bindOne(Sentence sentence, Indicator indicator, int evidenceStart, Quantity figure, String bridge,
                         Period listedYear, List<Quantity> figures, List<Binding> out) {
        if (indicator.distributive()) {
            return false;
        }
        BaseUnits.Amount base = BaseUnits.toBase(BigDecimal.ONE, figure.writtenUnit());
        // Only an indicator named in the figure's own clause: a later clause (总装机突破…) speaks of the level again.
        Clause clause = sentence.clauseAt(figure.start());
        boolean added = evidenceStart >= clause.start() && evidenceStart < figure.start()
                && !indicator.name().startsWith(ADDED) && namedAsAddition(clause.start(), evidenceStart);
        Optional<MeasureReading> reading = MeasureReading.read(indicator, bridge, figure, base.unit(), added);
        if (reading.isEmpty()) {
            return false;
        }
        RegionScope scope = own == null ? null : regions.scopeAt(sentence.clauseAt(figure.start()).start(), figure.start());
        if (scope != null && (scope.kind() == RegionScope.Kind.NATION || scope.kind() == RegionScope.Kind.OTHER)) {
            return false;
        }
        Region region = scope == null ? own : scope.region();
        String before = textBetween(sentence.start(), figure.start());
        Status aimed = time.status(sentence.section(), before, plans.turnedBefore(figure.start()));
        Period period = listedYear != null ? listedYear
                : time.period(aimed, sentence.section(),
                        timesBefore(figures, sentence.start(), partStart(sentence, figure.start()), figure.start()),
                        before, turn.period());
        Status status = time.settle(aimed, period, before);
        MeasureReading r = reading.get();
        if (period.isRange() && (r.measure() == Measure.VALUE || r.measure() == Measure.SHARE)
                && !Words.containsAny(textBetween(clause.start(), figure.start()).replace(PUBLIC, ""), OVER_THE_YEARS)) {
            // “十三五”期间…收入分别达到29705元, 到“十四五”末生产总值突破270亿元: a level at the end of the years named.
            period = Period.year(period.to());
        }
        if ((r.measure() == Measure.GROWTH || r.measure() == Measure.CHANGE) && listedYear == null) {
            if (!bridge.contains(AVERAGE) && comparesPeriods(figures, sentence.start(), figure.start())) {
                // 累计实际使用外资74.2亿美元,比前五年增加13.8亿美元: one span of years against another
                return false;
            }
            int plan = planComparedWith(sentence.start(), figure.start());
            if (plan != 0) {
                if (!bridge.contains(AVERAGE) || plan >= period.to()) {
                    // 比“十五”末增长74%: growth over a plan's years, however the sentence is dated, is no year's growth
                    return false;
                }
                // 比“十三五”末年均增长6.1%: the yearly average since the plan's end
                period = new Period(plan + 1, period.to());
            }
            int since = comparisonBase(figures, sentence.start(), figure.start());
            if (since != 0 && since < period.from() - 1) {
                if (!bridge.contains(AVERAGE)) {
                    // 比2011年增长21.9%, 比2006年增长24.47亿元: growth since a year long gone is no year's growth.
                    return false;
                }
                // 比2011年增长…,年均增长4%: the yearly average over the years since the base.
                period = new Period(since + 1, period.to());
            }
        }
        String unit = unitOf(r.measure(), figure);
        BigDecimal value = r.value();
        if (r.measure() == Measure.VALUE && !indicator.unit().isEmpty() && figure.kind() == QuantityKind.NUMBER) {
            BaseUnits.Amount canonical = BaseUnits.toBase(BigDecimal.ONE, indicator.unit());
            BaseUnits.Amount written = BaseUnits.toBase(value, unit);
            if (canonical.unit().equals(written.unit())) {
                value = PowerOfTen.divide(written.value(), canonical.value());
                unit = indicator.unit();
            }
        }
        out.add(new Binding(region, indicator.name(), r.measure(), status, period, value, unit,
                textBetween(figure.start(), figure.end()), figure.approx(),
                r.measure() == Measure.RANK ? figure.scope() : null, Math.min(evidenceStart, figure.start()),
                figure.end()));
        return true;
    }

    /**
     * Whether an indicator is named as an addition: right after {@code 新增}, or as a later item of a list that
     * {@code 新增} opens ({@code 新增规上企业2户、市场主体2900户}).
     */
    private boolean namedAsAddition(int clauseStart, int mentionStart) {
        if (Words.startsWith(text, mentionStart - ADDED.length(), ADDED)) {
            return true;
        }
        int added = Words.lastIndexOf(text, ADDED, mentionStart, clauseStart);
        return mentionStart > 0 && text.charAt(mentionStart - 1) == '、' && added >= clauseStart;
    }

    /**
     * The indicator a figure is about when the words before it name a relative of the one named: the total of an
     * addition ({@code 新增市场主体2.1万户,总量达到15.6万户}), or a sibling whose shared head is left out
     * ({@code 粮食播种面积稳定在51万亩、产量达到3.7亿斤}: 产量 of 粮食, since 亿斤 is no area), or the money signed for when
     * the projects totalled were signed ({@code 签约项目18个,总投资150亿元}).
     */
    private Indicator meantBy(Sentence sentence, IndicatorMention mention, Clause clause, String bridge,
                              Quantity figure) {
        Indicator named = mention.indicator();
        if (named.name().equals(PROJECTS_TOTAL)
                && Words.containsAny(textBetween(partStart(sentence, mention.start()), mention.start()), SIGNING_WORDS)) {
            // 签约项目42个、总投资203.5亿元: the total of the projects signed is the money the county signed for.
            return taxonomy.byName(SIGNED_FUNDS).orElse(named);
        }
        if (mention.start() >= clause.start() && namedAsAddition(clause.start(), mention.start())) {
            // 新增规上企业2户、市场主体2900户: the addition of an indicator that has one of its own.
            Optional<Indicator> addition = taxonomy.byName(ADDED + named.name());
            if (addition.isPresent()) {
                return addition.get();
            }
        }
        String baseUnit = BaseUnits.toBase(BigDecimal.ONE, figure.writtenUnit()).unit();
        if (named.name().startsWith(ADDED) && (Words.containsAny(bridge, TOTAL_WORDS) || listedLevel(bridge))) {
            return taxonomy.byName(named.name().substring(ADDED.length())).orElse(named);
        }
        if (figure.kind() != QuantityKind.NUMBER || UnitDimensions.fits(baseUnit, named.dimension())
                || named.name().length() < 4) {
            return named;
        }
        String head = named.name().substring(0, 2);
        for (Indicator sibling : taxonomy.all()) {
            String rest = sibling.name().substring(Math.min(2, sibling.name().length()));
            if (sibling != named && sibling.name().startsWith(head) && rest.length() >= 2 && bridge.contains(rest)
                    && UnitDimensions.fits(baseUnit, sibling.dimension())) {
                return sibling;
            }
        }
        return named;
    }

    private static String unitOf(Measure measure, Quantity figure) {
        return switch (measure) {
            case RANK -> "";
            case GROWTH, SHARE -> "%";
            case CHANGE -> figure.kind() == QuantityKind.PERCENTAGE_POINT ? "个百分点" : figure.writtenUnit();
            case VALUE -> figure.kind() == QuantityKind.PERCENT ? "%" : figure.writtenUnit();
        };
    }

    /** {@code 占GDP比重}, {@code 占一般公共预算支出的}: the indicator is the whole the share is of. */
    private boolean isWhole(IndicatorMention mention) {
        int from = Math.max(0, mention.start() - 3);
        return text.substring(from, mention.start()).contains("占");
    }

    /**
     * Whether a figure in a clause that names no indicator goes on about the sentence's topic: growth, shares,
     * changes and ranks do ({@code ,增速-14.7%}); an amount does only after a verb that carries the topic's level
     * ({@code ,2024年历史性突破1万元}, {@code ,同比增加9天}) — a bare amount there is about something else.
     */
    private static boolean continuesTopic(String bridge, Quantity figure) {
        if (figure.kind() != QuantityKind.NUMBER) {
            return true;
        }
        return bridge.length() <= MAX_CONTINUATION && (Words.containsAny(bridge, LEVEL_VERBS)
                || MeasureReading.namesAChange(bridge));
    }

    /**
     * The indicator a figure modifies when it stands before it: {@code 完成1.66万亩营造林任务},
     * {@code 以今年总投资105.7亿元的75个重点项目}.
     */
    private IndicatorMention followingSubject(List<IndicatorMention> named, Quantity figure) {
        for (IndicatorMention m : named) {
            if (m.start() < figure.end()) {
                continue;
            }
            String gap = textBetween(figure.end(), m.start());
            boolean modifies = gap.isEmpty() || (gap.startsWith("的") && gap.length() <= MAX_MODIFIER_GAP);
            // 投资500万元以上的重点项目: a threshold that sorts the things named, not their amount.
            boolean threshold = figure.approx() == Approximation.OVER || figure.approx() == Approximation.UNDER;
            return modifies && !threshold && figure.kind() == QuantityKind.NUMBER ? m : null;
        }
        return null;
    }

    /**
     * The mentions that are about one scenic spot, village or project rather than the county: a part is named right
     * before the mention ({@code 2024年某景区共接待游客…}), and so is everything said after it in the sentence
     * ({@code …,实现旅游收入近840万元}); a sentence opening with {@code 其中} that names a part is all about the part.
     */
    private List<IndicatorMention> countyMentions(Sentence sentence, List<IndicatorMention> mentions) {
        String opening = textBetween(sentence.start(), sentence.end()).strip();
        List<IndicatorMention> kept = new ArrayList<>();
        for (IndicatorMention m : mentions) {
            boolean part = namesAPartRightBefore(sentence.clauseAt(m.start()).start(), m.start())
                    || (opening.startsWith("其中") && Words.containsAny(textBetween(sentence.start(), m.start()), PART_NOUNS));
            if (part) {
                break;
            }
            kept.add(m);
        }
        return kept;
    }

    /**
     * Whether the words right before a mention end with a part ({@code 某景区共接待游客}): the part noun must close the
     * subject, so the county's own name ({@code 宁乡市}, {@code 乡宁县}) never counts, whatever characters it holds.
     */
    private boolean namesAPartRightBefore(int clauseStart, int mentionStart) {
        String before = textBetween(clauseStart, mentionStart);
        for (String filler : PART_FILLERS) {
            if (before.endsWith(filler)) {
                before = before.substring(0, before.length() - filler.length());
                break;
            }
        }
        for (String noun : PART_NOUNS) {
            if (before.endsWith(noun)) {
                return true;
            }
        }
        return false;
    }

    /** {@code 空气优良率、PM2.5平均浓度连续两年位列全市第一}: the indicators listed with the rank's subject share the rank. */
    private List<IndicatorMention> listedWith(List<IndicatorMention> named, IndicatorMention subject) {
        List<IndicatorMention> listed = new ArrayList<>();
        int at = named.indexOf(subject);
        for (int i = at - 1; i >= 0; i--) {
            String gap = textBetween(named.get(i).end(), named.get(i + 1).start()).strip();
            if (!(gap.equals("、") || gap.equals("和") || gap.equals("及") || gap.equals("与"))) {
                break;
            }
            listed.add(0, named.get(i));
        }
        return listed;
    }

    /** {@code 新增市场主体7113户、达到47050户}: a level listed after the addition, the total it brought. */
    private static boolean listedLevel(String bridge) {
        return (bridge.startsWith("、") || bridge.startsWith(",")) && Words.containsAny(bridge, LEVEL_VERBS);
    }

    /** After a first figure, a second one for the same indicator must say which other measure it is. */
    private static boolean saysOwnMeasure(String bridge, Quantity figure) {
        return figure.kind() == QuantityKind.RANK || MeasureReading.namesAMeasure(bridge);
    }

    /**
     * The place of {@code mention} among the names a {@code 分别} at {@code fenbie} spreads {@code count} figures over:
     * the count less one less the items named after it, each after a separator ({@code 、}, {@code 和}, or a comma
     * between items that carry their own figures: {@code 工业增加值268.7亿元,利税97.3亿元,分别增长…}); -1 when it
     * cannot be one of them.
     */
    private int placeInList(IndicatorMention mention, int fenbie, int count) {
        if (mention == null) {
            return -1;
        }
        String between = textBetween(mention.end(), fenbie).replaceAll("[,，\\s]+$", "");
        int after = 0;
        for (int i = 0; i < between.length(); i++) {
            if (LIST_BREAKS.indexOf(between.charAt(i)) >= 0) {
                after++;
            }
        }
        return after < count ? count - 1 - after : -1;
    }

    /** The figures of one kind listed right after {@code 分别}: {@code 3.18万元、1.29万元}. */
    private List<Quantity> listAfter(List<Quantity> amounts, int fenbie) {
        List<Quantity> list = new ArrayList<>();
        for (Quantity q : amounts) {
            if (q.start() < fenbie) {
                continue;
            }
            if (!list.isEmpty()) {
                Quantity last = list.get(list.size() - 1);
                String gap = textBetween(last.end(), q.start()).strip();
                if (q.kind() != last.kind() || !(gap.equals("、") || gap.equals("和") || gap.equals("及")
                        || gap.equals("与") || gap.equals(","))) {
                    break;
                }
            }
            list.add(q);
        }
        return list;
    }

    /**
     * Who a {@code 分别} list belongs to: the parts of a distributive name just before it, else as many indicators
     * named before it, else the list the previous clause spread over, else one indicator over listed years.
     */
    private List<Indicator> spreadTargets(List<IndicatorMention> subjects, int fenbie, int count,
                                          List<Indicator> lastList) {
        List<IndicatorMention> before = subjects.stream().filter(m -> m.end() <= fenbie).toList();
        if (count < 2) {
            return List.of();
        }
        if (!before.isEmpty()) {
            Indicator last = before.get(before.size() - 1).indicator();
            if (last.distributive() && last.parts().size() == count) {
                return last.parts().stream().map(p -> taxonomy.byName(p).orElseThrow()).toList();
            }
            if (before.size() >= count) {
                return before.subList(before.size() - count, before.size()).stream()
                        .map(IndicatorMention::indicator).toList();
            }
        }
        if (lastList.size() == count) {
            return lastList;
        }
        if (!before.isEmpty()) {
            return List.of(before.get(before.size() - 1).indicator());
        }
        return List.of();
    }

    /** {@code 2023年、2024年优良天数分别达321天、334天}: the years a list spreads over, or empty. */
    private List<Period> yearsListedBefore(Sentence sentence, List<Quantity> figures, int fenbie, int count) {
        List<Period> years = new ArrayList<>();
        for (Quantity q : figures) {
            if (q.start() >= sentence.start() && q.end() <= fenbie && q.kind() == QuantityKind.DATE && q.date() != null
                    && q.date().length() == 4) {
                years.add(Period.year(Integer.parseInt(q.date())));
            }
        }
        return years.size() == count ? years : List.of();
    }

    /**
     * The year a figure in {@code [from, to)} is compared with ({@code 比2011年}, {@code 较2015年}, {@code 与2019年相比}),
     * or the start of a rise ({@code 从2015年的87.55亿元增长到…}), the last one before {@code to}; 0 if none.
     */
    private int comparisonBase(List<Quantity> figures, int from, int to) {
        int base = 0;
        for (Quantity q : figures) {
            if (q.start() >= from && q.end() <= to && isYear(q) && (isComparedWith(q) || startsARise(q))) {
                base = Integer.parseInt(q.date());
            }
        }
        return base;
    }

    /** Whether a span of years in {@code [from, to)} is compared with ({@code 比前五年}, {@code 较“十二五”期间}). */
    private boolean comparesPeriods(List<Quantity> figures, int from, int to) {
        for (Quantity q : figures) {
            if (q.start() >= from && q.end() <= to && q.kind() == QuantityKind.PERIOD && isComparedWith(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last five-year plan a figure in {@code [from, to)} is compared with ({@code 比“十五”末},
     * {@code 较十二五期末}, {@code 比“十一五”期间}), as the plan's last year, or 0.
     */
    private int planComparedWith(int from, int to) {
        int base = 0;
        Matcher plan = PLAN_COMPARED_WITH.matcher(text).region(from, to);
        while (plan.find()) {
            base = planEndYear(plan.group(1));
        }
        return base;
    }

    private static final Pattern PLAN_COMPARED_WITH =
            Pattern.compile("[比较][“\"']?(十[一二三四五]?五)[”\"']?(?:期末|末|期间|时期)");

    /** The last year of a five-year plan: 十五 ended in 2005, 十一五 in 2010, and so on. */
    private static int planEndYear(String plan) {
        int number = plan.length() == 2 ? 10 : 10 + "一二三四五".indexOf(plan.charAt(1)) + 1;
        return 2005 + 5 * (number - 10);
    }

    private static boolean isYear(Quantity q) {
        return q.kind() == QuantityKind.DATE && q.date() != null && q.date().length() == 4;
    }

    /** {@code 比2011年}, {@code 较2015年}, {@code 与2019年相比}: a year named as a comparison, not as the period. */
    private boolean isComparedWith(Quantity q) {
        int at = q.start() - 1;
        // 比2011年, 比 2011年, 比“十二五”末
        while (at >= 0 && " “\"'".indexOf(text.charAt(at)) >= 0) {
            at--;
        }
        return at >= 0 && COMPARED_WITH.indexOf(text.charAt(at)) >= 0;
    }

    /** {@code 从2015年的87.55亿元}, {@code 由2011年的70%}: the year of the rise's first figure only. */
    private boolean startsARise(Quantity q) {
        return ownsTheNextFigure(q) && q.start() > 0 && "从由".indexOf(text.charAt(q.start() - 1)) >= 0;
    }

    /** {@code 2015年的10.7亿斤}: a year that belongs to the figure right after it. */
    private boolean ownsTheNextFigure(Quantity q) {
        return q.end() + 1 < text.length() && text.charAt(q.end()) == '的' && Character.isDigit(text.charAt(q.end() + 1));
    }

    /**
     * Dates and periods in {@code [from, to)}, in order; {@code 连续四年} and {@code 近三年} count as periods. Years of
     * comparison ({@code 比2011年}) are not the figure's period, nor is the year of another figure
     * ({@code 由2015年的10.7亿斤增加到13.2亿斤}: 2015 is 10.7's); {@code 连续四年} counts only in the figure's part of the sentence (up to a semicolon).
     */
    private List<Quantity> timesBefore(List<Quantity> figures, int from, int partStart, int to) {
        List<Quantity> times = new ArrayList<>();
        for (Quantity q : figures) {
            if (q.start() < from || q.end() > to) {
                continue;
            }
            // A time opening a clause frames what follows (到2016年,…;…); one inside an earlier part frames only that
            // part (…,是“十二五”末的1.7倍;…).
            if (q.start() < partStart && !opensItsClause(q, from)) {
                continue;
            }
            if (isYear(q) && (isComparedWith(q) || ownsTheNextFigure(q) && q.end() + 1 < to)
                    || q.kind() == QuantityKind.PERIOD && isComparedWith(q)) {
                continue;
            }
            // 连续11年丰收 tells of its own part's streak, not of the figures after the semicolon.
            boolean yearsCounted = q.kind() == QuantityKind.NUMBER && "年".equals(q.unit()) && q.start() >= partStart
                    && (textBetween(Math.max(0, q.start() - 2), q.start()).equals("连续"));
            if (q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.PERIOD || yearsCounted) {
                times.add(q);
            }
        }
        return times;
    }

    /** Whether only a preposition of time stands between a quantity and the start of its clause: 到2016年, 截至2023年. */
    private boolean opensItsClause(Quantity q, int sentenceStart) {
        int at = q.start();
        while (at > sentenceStart && ",;:".indexOf(text.charAt(at - 1)) < 0) {
            at--;
        }
        String lead = textBetween(at, q.start()).strip();
        return lead.isEmpty() || TIME_PREPOSITIONS.contains(lead);
    }

    /** Where the part of the sentence holding {@code at} starts: after the last semicolon before it. */
    private int partStart(Sentence sentence, int at) {
        int part = at;
        while (part > sentence.start() && text.charAt(part - 1) != ';') {
            part--;
        }
        return part;
    }

    private static List<IndicatorMention> within(List<IndicatorMention> mentions, Clause clause) {
        List<IndicatorMention> inside = new ArrayList<>();
        for (IndicatorMention m : mentions) {
            if (m.start() >= clause.start() && m.end() <= clause.end()) {
                inside.add(m);
            }
        }
        return inside;
    }

    private static IndicatorMention lastBefore(List<IndicatorMention> mentions, int at) {
        IndicatorMention last = null;
        for (IndicatorMention m : mentions) {
            if (m.end() <= at) {
                last = m;
            }
        }
        return last;
    }

    private String textBetween(int from, int to) {
        return from >= to ? "" : text.substring(from, to);
    }
}
