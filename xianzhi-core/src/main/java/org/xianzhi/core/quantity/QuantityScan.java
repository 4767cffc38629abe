package org.xianzhi.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.xianzhi.core.quantity.NumeralReader.Numeral;
import org.xianzhi.core.quantity.UnitTable.Category;
import org.xianzhi.core.quantity.UnitTable.Unit;
import org.xianzhi.core.text.Digits;
import org.xianzhi.core.text.Words;

/**
 * One left-to-right pass over one text. Characters that cannot begin a quantity are skipped by one table look-up;
 * at a numeral the scan reads the number, then what stands around it (unit, hedge words, a range, a date, a rank
 * word) and either records a {@link Quantity} or skips past the number. Every quantity starts at or after the end of
 * the one before, so the results are ordered and never overlap.
 */
final class QuantityScan {
    private static final boolean[] TRIGGER = new boolean[65536];
    private static final String CLAUSE_PUNCTUATION = "，,。；;！!？?\n";
    private static final String RANGE_SEPARATORS = "-－—~～〜至到";
    private static final String SCOPE_CHARS = "市省国國县縣区區州盟";
    /** Nouns that make 第N a name even after a scope: 全县第一产业, 全市第一书记, 全省第一方阵. */
    private static final String[] ORDINAL_NOUNS = {"产业", "產業", "书记", "書記", "责任人", "方阵", "梯队", "批", "次", "届"};
    private static final String[] RANK_VERBS = {"排名", "排位", "位居", "位列", "名列", "排在", "居", "列", "排"};
    /** Characters that may follow a bare three-digit number that is a figure; anything else makes it a name (110工法). */
    private static final String FIGURE_NEIGHBOURS = "的和与與及或等是为為在了以至到余多左上下内內外这這其共、";
    /** Words that read like numbers but are set phrases; skipped whole. */
    private static final String[] IDIOMS = {"一点一滴", "一五一十", "十之八九", "一字一句", "一波三折"};
    private static final String[] PREFIX_HEDGES = {"不超过", "不少于", "超过", "不到", "不足", "将近", "接近", "大约", "突破",
        "至少", "最多", "约", "近", "超", "逾"};
    private static final Approximation[] PREFIX_HEDGE_MEANINGS = {Approximation.UNDER, Approximation.OVER,
        Approximation.OVER, Approximation.UNDER, Approximation.UNDER, Approximation.ABOUT, Approximation.ABOUT,
        Approximation.ABOUT, Approximation.OVER, Approximation.OVER, Approximation.UNDER, Approximation.ABOUT,
        Approximation.ABOUT, Approximation.OVER, Approximation.OVER};
    private static final String BARE_MAGNITUDE_HEDGES = "逾近超约上";
    /** 统一, 唯一, 同一, 单一, 逐一, 划一, 万一, 合一, 归一, 专一, 之一, 如一, 不一: words, not the count one. */
    private static final String WORDS_ENDING_IN_ONE = "统統唯同单單逐划劃万萬合归歸专專之如不";
    /** 一起 (together), 一度 (at one time), 一口气, 一眼, 一头雾水, 一本正经, 一对一: 一 and a measure word as a word. */
    private static final String ONE_IN_SET_PHRASES = "起度口眼头頭本对對";
    /** {@code 数十万}, {@code 数百人}: several of a magnitude, read as one of it and more. */
    private static final String SEVERAL = "数數";
    /** A power written in words: {@code 十的三次方}. */
    private static final String POWER_WORD = "次方";
    private static final String[] PERIOD_PREFIXES = {"过去", "未来", "今后", "最近", "近"};
    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final BigDecimal DOZEN = BigDecimal.valueOf(12);

    static {
        for (int c = 0; c < 65536; c++) {
            TRIGGER[c] = NumeralReader.startsNumber((char) c);
        }
        for (char c : "百佰千仟万萬半负負-－−年“「『《\"几幾对對 \t\u00A0\u3000".toCharArray()) {
            TRIGGER[c] = true;
        }
    }

    private final String text;
    private final int n;
    private final NumeralReader reader = new NumeralReader();
    private final List<Quantity> found = new ArrayList<>();
    private int lastEnd;
    private int nameStart = -1;
    private int nameEnd = -1;

    QuantityScan(String text) {
        this.text = text;
        this.n = text.length();
    }

    List<Quantity> run() {
        int i = 0;
        while (i < n) {
            if (TRIGGER[text.charAt(i)]) {
                i = Math.max(i + 1, at(i));
            } else {
                i++;
            }
        }
        return found;
    }

    /** Handles the trigger character at {@code i}; returns where the scan goes on. */
    private int at(int i) {
        char c = text.charAt(i);
        switch (c) {
            case ' ', '\t', '\u00A0', '\u3000':
                return i > 0 && SpacedText.isStrayBesideNumeral(text, i) ? spacedClause(i) : i + 1;
            case '“', '「', '『', '《', '"':
                markName(i);
                return i + 1;
            case '年':
                return periodWithinYear(i);
            case '半':
                return half(i);
            case '对', '對':
                return halfPriceDiscount(i);
            case '负', '負':
                return i + 1 < n && (NumeralReader.startsNumber(text.charAt(i + 1))
                        || NumeralReader.smallUnit(text.charAt(i + 1)) > 1 && startsWith(i + 2, "分之"))
                        ? quantity(i, i + 1, true) : i + 1;
            case '-', '－', '−':
                return i + 1 < n && Digits.isEitherWidth(text.charAt(i + 1)) && signMayStandAt(i)
                        ? quantity(i, i + 1, true) : i + 1;
            case '百', '佰', '千', '仟', '万', '萬':
                // 百分之五; 逾千亩, 近万人, 上千人: a bare magnitude after a hedge counts as one of it; 数百万 likewise
                return startsWith(i + 1, "分之") || isBlocked(i - 1, BARE_MAGNITUDE_HEDGES)
                        && (UnitTable.match(text, i + 1) != null || isBlocked(i + 1, "万萬亿億"))
                        || isBlocked(i - 1, SEVERAL) || leadsNumber(i) ? quantity(i, i, false) : i + 1;
            default:
                int plan = fiveYearPlan(i);
                return plan > i ? plan : quantity(i, i, false);
        }
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

    /**
     * {@code 增长了一 百 五 十 个 百 分 点}: the clause around a stray space inside a number is read again without its
     * stray spaces ({@link SpacedText}), replacing what was read of it so far; the scan goes on after the clause.
     * Each character is read at most twice.
     */
    private int spacedClause(int i) {
        int from = i;
        while (from > 0 && !isClauseBreak(from - 1)) {
            from--;
        }
        int to = i;
        while (to < n && !isClauseBreak(to)) {
            to++;
        }
        while (!found.isEmpty() && found.get(found.size() - 1).start() >= from) {
            found.remove(found.size() - 1);
        }
        if (!found.isEmpty()) {
            from = Math.max(from, found.get(found.size() - 1).end());
        }
        SpacedText clause = SpacedText.of(text, from, to);
        for (Quantity q : new QuantityScan(clause.compact()).run()) {
            found.add(clause.toOriginal(q));
        }
        lastEnd = found.isEmpty() ? 0 : found.get(found.size() - 1).end();
        return Math.max(i + 1, to);
    }

    /** Clause punctuation, not a comma between digits (1,100万). */
    private boolean isClauseBreak(int p) {
        char c = text.charAt(p);
        return CLAUSE_PUNCTUATION.indexOf(c) >= 0 && !(c == ',' && p > 0 && p + 1 < n
                && Digits.isEitherWidth(text.charAt(p - 1)) && Digits.isEitherWidth(text.charAt(p + 1)));
    }

    private int quantity(int start, int numStart, boolean negative) {
        Draft d = read(start, numStart, negative, false);
        if (d.rejected) {
            return d.end;
        }
        range(d);
        context(d);
        Verdict verdict = verdict(d);
        if (verdict == Verdict.REJECT) {
            return Math.max(numStart + 1, d.num == null ? d.end : d.num.end());
        }
        d.loose |= verdict == Verdict.LOOSE;
        emit(d);
        return d.end;
    }

    /** Reads a number and what belongs to it on the right (fraction, date, unit, hedges); no range, no context. */
    private Draft read(int start, int numStart, boolean negative, boolean afterRangeSeparator) {
        char first = text.charAt(numStart);
        if (Digits.isEitherWidth(first) && !afterRangeSeparator && isCodeCharacter(numStart - 1)) {
            return Draft.rejectedUpTo(skipCode(numStart));
        }
        for (String idiom : IDIOMS) {
            if (startsWith(numStart, idiom)) {
                return Draft.rejectedUpTo(numStart + idiom.length());
            }
        }
        Numeral num = reader.read(text, numStart);
        if (num == null) {
            return Draft.rejectedUpTo(numStart + 1);
        }
        int e = num.end();
        if (num.arabic() && e < n && (isAsciiLetter(text.charAt(e)) || clockAt(e))) {
            return Draft.rejectedUpTo(skipCode(e)); // 5A级, 3D, 19:30
        }
        Draft d = new Draft(start, num, negative);
        d.loose = num.loose();
        if (num.arabic() && e + 1 < n && isSlash(text.charAt(e)) && num.isPlainInteger() && !num.grouped()
                && arabicFraction(d, num)) {
            return d;
        }
        if (startsWith(e, "分之") && num.isCount()) {
            int topStart = isBlocked(e + 2, "负負") ? e + 3 : e + 2;
            Numeral top = topStart < n && startsNumeralOrUnit(text.charAt(topStart)) ? reader.read(text, topStart) : null;
            if (top != null) {
                fraction(d, num, top, topStart > e + 2);
                return d;
            }
        }
        if (e + 1 < n && text.charAt(e) == '又' && num.isPlainInteger() && mixedFraction(d, num, e + 1)) {
            return d;
        }
        if (startsWith(e, "的") && !num.loose() && power(d, num, e + 1)) {
            return d;
        }
        if (!negative && date(d, num)) {
            return d;
        }
        if (NumeralReader.smallUnit(first) >= 2 && !isBlocked(numStart - 1, BARE_MAGNITUDE_HEDGES)) {
            d.loose = true; // 百三
        }
        amount(d, num, num.value(), num.end());
        return d;
    }

    /**
     * {@code 三百五又三分之一}, {@code 3又一千分之23}, {@code 两又四分之三}, {@code 1又1/2}: a whole number and a fraction,
     * then the unit of both. Not a figure of a report: a general reading.
     */
    private boolean mixedFraction(Draft d, Numeral whole, int p) {
        if (!startsNumeralOrUnit(text.charAt(p))) {
            return false;
        }
        Numeral denominator = reader.read(text, p);
        if (denominator == null || !denominator.isPlainInteger() || denominator.value().signum() <= 0) {
            return false;
        }
        int e = denominator.end();
        BigDecimal part;
        int end;
        if (startsWith(e, "分之") && e + 2 < n && startsNumeralOrUnit(text.charAt(e + 2))) {
            Numeral top = reader.read(text, e + 2);
            if (top == null || top.loose()) {
                return false;
            }
            part = top.value().divide(denominator.value(), MathContext.DECIMAL64);
            end = top.end();
        } else if (denominator.arabic() && e + 1 < n && isSlash(text.charAt(e))) {
            // 1又1/2: what was read first is the numerator
            int q = eitherWidthDigitsEnd(e + 1, 6);
            if (q == e + 1 || isBlocked(q, "/／.．") || q < n && Digits.isEitherWidth(text.charAt(q))) {
                return false;
            }
            BigDecimal bottom = digitsValue(e + 1, q);
            if (bottom.signum() == 0) {
                return false;
            }
            part = denominator.value().divide(bottom, MathContext.DECIMAL64);
            end = q;
        } else {
            return false;
        }
        d.loose = true;
        d.fraction = true;
        amount(d, whole, whole.value().add(part), end);
        return true;
    }

    /** {@code 十的三次方}, {@code 2的负3次方}: a power written in words. Not a figure of a report. */
    private boolean power(Draft d, Numeral base, int p) {
        boolean negative = isBlocked(p, "负負");
        int q = negative ? p + 1 : p;
        if (q >= n || !NumeralReader.startsNumber(text.charAt(q))) {
            return false;
        }
        Numeral exponent = reader.read(text, q);
        if (exponent == null || !exponent.isIntegerBetween(0, 99) || !startsWith(exponent.end(), POWER_WORD)
                || negative && base.value().signum() == 0) {
            return false;
        }
        int k = exponent.value().intValue();
        BigDecimal value = negative ? BigDecimal.ONE.divide(base.value().pow(k), MathContext.DECIMAL64)
                : base.value().pow(k);
        d.ratio(QuantityKind.NUMBER, value, "", value, "");
        d.loose = true;
        d.fraction = true;
        d.end = exponent.end() + POWER_WORD.length();
        return true;
    }

    private void fraction(Draft d, Numeral denominator, Numeral numerator, boolean negativeNumerator) {
        BigDecimal top = negativeNumerator ? numerator.value().negate() : numerator.value();
        d.loose |= numerator.loose();
        int den = denominator.value().compareTo(BigDecimal.valueOf(1000)) <= 0 ? denominator.value().intValue() : 0;
        if (den == 100) {
            d.ratio(QuantityKind.PERCENT, top, "%", top, "%");
        } else if (den == 1000) {
            d.ratio(QuantityKind.PERCENT, top.divide(TEN), "%", top, "‰");
        } else {
            BigDecimal value = top.divide(denominator.value(), MathContext.DECIMAL64);
            d.ratio(QuantityKind.FRACTION, value, "", value, "");
        }
        d.fraction = true;
        d.end = numerator.end();
        d.approx = numerator.over() ? Approximation.OVER : Approximation.EXACT;
        suffixHedge(d, false);
    }

    /** 1/3, ３／５ (not 2024/7/3, which {@link #isoDate} reads, nor 1/3/5). */
    private boolean arabicFraction(Draft d, Numeral top) {
        int p = top.end() + 1;
        int end = eitherWidthDigitsEnd(p, 6);
        if (end == p || end < n && (isSlash(text.charAt(end)) || text.charAt(end) == '.'
                || Digits.isEitherWidth(text.charAt(end)) || isAsciiLetter(text.charAt(end)))
                || isYear(top)) {
            return false;
        }
        BigDecimal denominator = digitsValue(p, end);
        if (denominator.signum() == 0) {
            return false;
        }
        BigDecimal value = top.value().divide(denominator, MathContext.DECIMAL64);
        d.ratio(QuantityKind.FRACTION, value, "", value, "");
        d.fraction = true;
        d.end = end;
        return true;
    }

    /** Years, months and days; true when the number is one. */
    private boolean date(Draft d, Numeral num) {
        int e = num.end();
        if (e >= n) {
            return false;
        }
        char c = text.charAt(e);
        if (c == '年' && isYear(num) && !isBlocked(e + 1, "代级級纪紀轻輕龄齡")) {
            String year = num.value().toPlainString();
            d.date(num.value(), year, "年", e + 1);
            if (d.end < n && text.charAt(d.end) == '度') {
                d.end++;
            }
            monthAfterYear(d, year);
            return true;
        }
        if (num.arabic() && isYear(num) && (c == '-' || c == '/') && isoDate(d, num, c)) {
            return true;
        }
        if (c == '月' && num.isIntegerBetween(1, 12)) {
            month(d, num, null);
            return true;
        }
        if (c == '日' && num.arabic() && num.isIntegerBetween(1, 31)) {
            d.date(num.value(), "---" + twoDigits(num.value()), "日", e + 1);
            return true;
        }
        return false;
    }

    /** 2023, 二〇二三, 两千零二十三 (the last only with its 零, since 两千年 is more often a duration). */
    private boolean isYear(Numeral num) {
        return num.isPlainInteger() && (num.arabic() ? num.arabicDigits() == 4 && num.isIntegerBetween(1800, 2199)
                : num.digitRun() == 4 && num.numeralChars() == 4 || num.hasZero() && num.isIntegerBetween(1900, 2199));
    }

    private void monthAfterYear(Draft d, String year) {
        int p = d.end;
        if (p >= n || !NumeralReader.startsNumber(text.charAt(p))) {
            return;
        }
        Numeral month = reader.read(text, p);
        if (month == null || !month.isIntegerBetween(1, 12) || month.end() >= n) {
            return;
        }
        char after = text.charAt(month.end());
        if (after == '月') {
            month(d, month, year);
            d.value = new BigDecimal(year);
            d.writtenValue = d.value;
            return;
        }
        // 2024年1-6月: the year carries over to both ends
        if (RANGE_SEPARATORS.indexOf(after) >= 0 && month.end() + 1 < n
                && NumeralReader.startsNumber(text.charAt(month.end() + 1))) {
            Numeral last = reader.read(text, month.end() + 1);
            if (last != null && last.isIntegerBetween(1, 12) && last.end() < n && text.charAt(last.end()) == '月') {
                d.kind = QuantityKind.PERIOD;
                d.unit = "月";
                d.writtenUnit = "月";
                d.date = year + "-" + twoDigits(month.value()) + "/" + year + "-" + twoDigits(last.value());
                d.end = dateSuffix(last.end() + 1);
            }
        }
    }

    private void month(Draft d, Numeral month, String year) {
        String date = (year == null ? "--" : year + "-") + twoDigits(month.value());
        int end = month.end() + 1;
        String unit = "月";
        if (end < n && NumeralReader.startsNumber(text.charAt(end))) {
            Numeral day = reader.read(text, end);
            if (day != null && day.isIntegerBetween(1, 31) && day.end() < n
                    && "日号號".indexOf(text.charAt(day.end())) >= 0) {
                date += "-" + twoDigits(day.value());
                end = day.end() + 1;
                unit = "日";
            }
        }
        d.date(month.value(), date, unit, dateSuffix(end));
    }

    /** 2024-07-03 and 2024/7/3: only with both month and day, so that 2023-2024 stays a range. */
    private boolean isoDate(Draft d, Numeral year, char separator) {
        int p = year.end() + 1;
        int monthEnd = digitsEnd(p, 2);
        if (monthEnd == p || monthEnd >= n || text.charAt(monthEnd) != separator) {
            return false;
        }
        int dayEnd = digitsEnd(monthEnd + 1, 2);
        if (dayEnd == monthEnd + 1 || (dayEnd < n && Digits.isEitherWidth(text.charAt(dayEnd)))) {
            return false;
        }
        int month = Integer.parseInt(ascii(p, monthEnd));
        int day = Integer.parseInt(ascii(monthEnd + 1, dayEnd));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        d.date(year.value(), year.value().toPlainString() + "-" + twoDigits(BigDecimal.valueOf(month)) + "-"
                + twoDigits(BigDecimal.valueOf(day)), "日", dayEnd);
        return true;
    }

    private int dateSuffix(int p) {
        for (String word : new String[] {"中下旬", "上旬", "中旬", "下旬", "底", "末", "初", "份"}) {
            if (startsWith(p, word)) {
                return p + word.length();
            }
        }
        return p;
    }

    /** An amount or ratio of {@code base} (the number read, or more): hedge, unit, per-unit, hedge after {@code pos}. */
    private void amount(Draft d, Numeral num, BigDecimal base, int pos) {
        d.approx = num.over() || num.vague() ? Approximation.OVER : Approximation.EXACT;
        if (pos < n && (text.charAt(pos) == '余' || text.charAt(pos) == '多') && !num.decimal()) {
            // 1500余元, 20多家; a 多 before an unknown word is that word's (多元化 is caught by the unit's blockers)
            if (UnitTable.match(text, pos + 1) != null || text.charAt(pos) == '余' && !startsWith(pos + 1, "额")
                    || pos + 1 >= n || !isIdeograph(text.charAt(pos + 1))) {
                d.approx = Approximation.OVER;
                pos++;
            }
        }
        Unit unit = UnitTable.match(text, pos);
        if (unit != null && unit.category() == Category.TENTH && !(num.isIntegerBetween(1, 10) || num.decimal()
                && num.value().compareTo(TEN) < 0)) {
            unit = null; // 成 after a large number is a verb: 12成为
        }
        if (unit != null && unit.category() == Category.DISCOUNT && !isDiscount(num)) {
            unit = null; // 1200折: no price is cut to twelve hundred tenths
        }
        String token = "";
        if (unit != null) {
            int after = pos + unit.written().length();
            if (after < n && unit.blockers().indexOf(text.charAt(after)) >= 0) {
                d.rejected = true; // 一次性, 90年代, 元素: a word, not a quantity
                d.end = after;
                return;
            }
            pos = after;
            token = unit.token();
            if (unit.written().indexOf('多') >= 0 || unit.written().indexOf('余') >= 0) {
                d.approx = Approximation.OVER;
            }
            if (pos + 1 < n && text.charAt(pos) == '/' && isPerUnitBase(unit)) {
                Unit per = UnitTable.match(text, pos + 1);
                if (per != null && isPerUnitBase(per)) {
                    token = token + "/" + per.token();
                    pos += 1 + per.written().length();
                }
            }
        }
        if (unit != null && (unit.category() == Category.DISCOUNT || unit.category() == Category.DOZEN)) {
            d.loose = true; // 五折, 一打: everyday words, no figure of a report
        }
        if (unit != null && pos < n && text.charAt(pos) == '半' && num.magnitude() == null && num.high() == null) {
            // 一年半, 一个半月, 两个半小时: half a unit more
            Unit after = !"个".equals(token) ? null
                    : startsWith(pos + 1, "月") ? UnitTable.match("个月", 0) : UnitTable.match(text, pos + 1);
            int afterWidth = after == null ? 0 : startsWith(pos + 1, "月") ? 1 : after.written().length();
            if (after != null && after.category() == Category.TIME) {
                unit = after;
                token = after.token();
                pos += 1 + afterWidth;
                base = base.add(new BigDecimal("0.5"));
            } else if (unit.category() == Category.TIME && !"个".equals(token)) {
                pos++;
                base = base.add(new BigDecimal("0.5"));
            }
        }
        d.unitEntry = unit;
        d.end = pos;
        d.measure(base, num.magnitude(), unit, token);
        if (num.high() != null && !d.negative) {
            d.high = d.converted(num.high(), unit);
            d.approx = Approximation.ABOUT;
        }
        suffixHedge(d, unit != null && unit.category() == Category.TIME);
    }

    /** 五折, 七五折, 2.5折, 三点一折, 95折: tenths below ten, or two digits naming the percent. */
    private static boolean isDiscount(Numeral num) {
        if (num.magnitude() != null || num.scaled() || num.loose() || num.value().signum() <= 0) {
            return false;
        }
        if (num.value().compareTo(TEN) < 0) {
            return true;
        }
        boolean twoDigits = num.arabic() ? num.arabicDigits() == 2 : num.digitRun() == 2 && num.numeralChars() == 2;
        return twoDigits && num.isIntegerBetween(11, 99) && num.value().intValue() % 10 != 0;
    }

    private static boolean isPerUnitBase(Unit unit) {
        return unit.category() == Category.AMOUNT || unit.category() == Category.TIME;
    }

    /** 以上, 左右, 以内…; 余 and 多 after the unit (3年多) only where they cannot start the next word. */
    private void suffixHedge(Draft d, boolean afterTimeUnit) {
        int p = d.end;
        Approximation hedge = null;
        int width = 2;
        if (startsWith(p, "以上")) {
            hedge = Approximation.OVER;
        } else if (startsWith(p, "左右") || startsWith(p, "上下")) {
            hedge = Approximation.ABOUT;
        } else if (startsWith(p, "以内") || startsWith(p, "以下")) {
            hedge = Approximation.UNDER;
        } else if (p < n && d.unitEntry != null && (text.charAt(p) == '余' && !isBlocked(p + 1, "额額粮糧量")
                || text.charAt(p) == '多' && afterTimeUnit)) {
            hedge = Approximation.OVER;
            width = 1;
        }
        if (hedge != null) {
            d.approx = hedge;
            d.end = p + width;
        }
    }

    // ---- ranges and context --------------------------------------------------------------------------------------

    /** {@code 5%-6%}, {@code 3至5万}, {@code 1500-1800米}, {@code 2021年至2024年}: a second number joined by a dash or 至. */
    private void range(Draft a) {
        int p = a.end;
        if (p + 1 >= n || RANGE_SEPARATORS.indexOf(text.charAt(p)) < 0 || a.fraction || a.num.leadingZero()
                || !NumeralReader.startsNumber(text.charAt(p + 1)) || a.kind == QuantityKind.PERIOD) {
            return;
        }
        if (text.charAt(p) == '—' && p > 0 && text.charAt(p - 1) == '—') {
            return;
        }
        Draft b = read(p + 1, p + 1, false, true);
        if (b.rejected || b.num == null || b.fraction || b.num.leadingZero() || b.negative) {
            return;
        }
        if (a.kind == QuantityKind.DATE && b.kind == QuantityKind.DATE && a.unit.equals(b.unit)
                && b.value.compareTo(a.value) >= 0) {
            a.period(b);
            return;
        }
        boolean bare = a.kind == QuantityKind.NUMBER && a.unitEntry == null && !a.negative;
        if (bare && b.kind == QuantityKind.DATE && a.num.isPlainInteger() && b.value.compareTo(a.num.value()) >= 0) {
            if ("年".equals(b.unit) && isYear(a.num)) {
                a.date(a.num.value(), a.num.value().toPlainString(), "年", a.end);
                a.period(b);
            } else if ("月".equals(b.unit) && a.num.isIntegerBetween(1, 12) && b.date.startsWith("--")) {
                a.date(a.num.value(), "--" + twoDigits(a.num.value()), "月", a.end);
                a.period(b);
            }
            return;
        }
        if (b.kind == QuantityKind.DATE || a.kind == QuantityKind.DATE) {
            return;
        }
        if (bare && (b.unitEntry != null || b.num.magnitude() != null)) {
            // 3至5万, 1500-1800米: the first number takes the second's magnitude and unit
            BigDecimal base = a.num.value();
            BigDecimal magnitude = a.num.magnitude();
            if (magnitude == null && b.num.magnitude() != null) {
                magnitude = b.num.magnitude();
                base = base.multiply(magnitude);
            }
            BigDecimal low = b.unitEntry == null ? base : b.unitEntry.category() == Category.TENTH ? base.multiply(TEN)
                    : b.unitEntry.category() == Category.PERMILLE ? base.divide(TEN) : base;
            if (b.value.compareTo(low) < 0) {
                return;
            }
            a.unitEntry = b.unitEntry;
            a.measure(base, magnitude, b.unitEntry, b.unit);
        } else if (a.kind != b.kind || !a.unit.equals(b.unit) || b.value.compareTo(a.value) < 0) {
            return;
        }
        a.high = b.value;
        a.end = b.end;
        if (a.approx == Approximation.EXACT) {
            a.approx = b.approx;
        }
    }

    /** What stands before the number: 第 and 前 (ranks, ordinals), 近三年 (periods), hedges (约, 超过). */
    private void context(Draft d) {
        if (d.negative) {
            return;
        }
        int s = d.start;
        char before = s > 0 ? text.charAt(s - 1) : 0;
        if (before == '第') {
            ordinal(d, s - 1);
            return;
        }
        if (before == '前' && !isBlocked(s - 2, "之目提此以当當眼面空从從先年月日")
                && (d.kind == QuantityKind.NUMBER || d.kind == QuantityKind.DATE && "月".equals(d.unit))) {
            if (isTime(d)) {
                d.kind = QuantityKind.PERIOD; // 前三季度, 前两年
                d.extendStartTo(s - 1, lastEnd);
                return;
            }
            String scope = scopeBefore(s - 1);
            boolean placeWord = d.unitEntry != null && isPlaceWord(d.unitEntry);
            if (d.unitEntry == null || placeWord) {
                if (scope != null || placeWord || d.end >= n || startsWith(d.end, "强") || startsWith(d.end, "位")
                        || !isIdeograph(text.charAt(d.end))) {
                    d.rank(scope, Approximation.UNDER);
                    d.extendStartTo(scope == null ? s - 1 : s - 3, lastEnd);
                    if (startsWith(d.end, "强")) {
                        d.end++;
                    }
                    return;
                }
            }
        }
        if (d.kind == QuantityKind.NUMBER && isTime(d) && "年".equals(d.unit)) {
            int since = startsWith(d.end, "以来") || startsWith(d.end, "以來") ? 2
                    : isBlocked(d.end, "来來") ? 1 : 0;
            String prefix = periodPrefix(s);
            if (since > 0 || prefix != null) {
                d.kind = QuantityKind.PERIOD;
                d.approx = Approximation.EXACT;
                d.end += since;
                if (prefix != null) {
                    d.extendStartTo(s - prefix.length(), lastEnd);
                }
                return;
            }
        }
        if (d.kind.isAmount() && before == '上' && d.num != null && !NumeralReader.startsNumber(text.charAt(s))) {
            d.approx = Approximation.OVER; // 上千人, 上万亩
            return;
        }
        if (d.kind.isAmount()) {
            for (int k = 0; k < PREFIX_HEDGES.length; k++) {
                String word = PREFIX_HEDGES[k];
                if (startsWith(s - word.length(), word)
                        && !("近".equals(word) && isBlocked(s - 2, "最附临臨邻鄰靠"))) {
                    if (d.approx == Approximation.EXACT) {
                        d.approx = PREFIX_HEDGE_MEANINGS[k];
                    }
                    return;
                }
            }
        }
    }

    private void ordinal(Draft d, int di) {
        if (isTime(d) && "季度".equals(d.unit)) {
            d.kind = QuantityKind.PERIOD; // 第三季度
            d.extendStartTo(di, lastEnd);
            return;
        }
        if (d.kind != QuantityKind.NUMBER || d.num == null || !d.num.isPlainInteger()) {
            return;
        }
        int q = di;
        boolean verb = false;
        for (String word : RANK_VERBS) {
            if (startsWith(q - word.length(), word)) {
                q -= word.length();
                verb = true;
                break;
            }
        }
        String scope = scopeBefore(q);
        if (scope == null && verb) {
            scope = scopeBefore(di);
        }
        int placeStart = scope == null && !verb ? namedPlaceBefore(di) : -1;
        if (placeStart >= 0) {
            scope = "全" + simplifiedPlace(text.charAt(di - 1));
        }
        boolean namesSomething = false;
        for (String noun : ORDINAL_NOUNS) {
            namesSomething |= startsWith(d.end, noun);
        }
        if ((scope != null || verb) && !namesSomething && (d.unitEntry == null || isPlaceWord(d.unitEntry))) {
            d.rank(scope, Approximation.EXACT);
            int scopeStart = placeStart >= 0 ? placeStart : scopeBefore(q) != null ? q - 2 : scope != null ? di - 2 : q;
            d.extendStartTo(Math.min(scopeStart, q), lastEnd);
        } else {
            d.kind = QuantityKind.ORDINAL;
            d.extendStartTo(di, lastEnd);
        }
    }

    private static boolean isPlaceWord(Unit unit) {
        return "名".equals(unit.token()) || "位".equals(unit.token());
    }

    private static boolean isTime(Draft d) {
        return d.unitEntry != null && d.unitEntry.category() == Category.TIME;
    }

    /** 全市, 全省, 全国… ending at {@code p} (exclusive), simplified; or null. */
    private String scopeBefore(int p) {
        if (p < 2 || text.charAt(p - 2) != '全' || SCOPE_CHARS.indexOf(text.charAt(p - 1)) < 0) {
            return null;
        }
        return "全" + simplifiedPlace(text.charAt(p - 1));
    }

    private static char simplifiedPlace(char place) {
        return switch (place) {
            case '國' -> '国';
            case '縣' -> '县';
            case '區' -> '区';
            default -> place;
        };
    }

    /**
     * Where a place named by its name stands before 第, after a rank verb ({@code 位居吕梁市第一}): the start of the name,
     * or -1. The name is two to five Han characters ending in 市, 省, 州, 县… and its scope is that level.
     */
    private int namedPlaceBefore(int p) {
        if (p < 3 || SCOPE_CHARS.indexOf(text.charAt(p - 1)) < 0 || text.charAt(p - 2) == '全') {
            return -1;
        }
        for (int start = p - 2; start >= Math.max(0, p - 5); start--) {
            if (!isIdeograph(text.charAt(start))) {
                return -1;
            }
            if (start <= p - 3) {
                for (String verb : RANK_VERBS) {
                    if (startsWith(start - verb.length(), verb)) {
                        return start;
                    }
                }
            }
        }
        return -1;
    }

    private String periodPrefix(int s) {
        for (String word : PERIOD_PREFIXES) {
            if (startsWith(s - word.length(), word)) {
                return word;
            }
        }
        return null;
    }

    /** What becomes of a quantity read: dropped, kept as a general reading only, or kept as a figure of a report. */
    private enum Verdict { REJECT, LOOSE, FIGURE }

    /**
     * Overlap and short quoted names ({@code “1355”战略}, {@code “三张牌”}) drop a quantity outright. Otherwise it is a
     * figure when it passes {@link #isFigure}, unless its form is one only a general reading takes
     * ({@link Draft#loose}); what fails there is still a general reading when its form is plainly a number
     * ({@code 2e5}, {@code 十几个}, {@code 数十万}) or a count with its measure word ({@code 一只羊}).
     */
    private Verdict verdict(Draft d) {
        if (d.start < lastEnd) {
            return Verdict.REJECT;
        }
        if ((d.kind.isAmount() || d.kind == QuantityKind.RANK) && d.start > nameStart && d.start < nameEnd) {
            return Verdict.REJECT;
        }
        Numeral num = d.num;
        if (num != null && !num.arabic() && num.scaled() && isBlocked(num.start() - 1, SEVERAL)
                && d.kind.isAmount() && !d.fraction) {
            d.approx = Approximation.OVER; // 数十万: several times ten thousand, read as that and more
            d.extendStartTo(num.start() - 1, lastEnd);
            return d.start < num.start() ? Verdict.LOOSE : Verdict.REJECT;
        }
        if (isFigure(d)) {
            return d.loose ? Verdict.LOOSE : Verdict.FIGURE;
        }
        return d.loose || countWithMeasureWord(d) ? Verdict.LOOSE : Verdict.REJECT;
    }

    /**
     * The precision rules. Chinese numerals stand in many words (一是, 三农, 两山, 一步一个脚印), so a Chinese number
     * counts only when it is more than one character, or is followed by a unit that is not a common word, or is a
     * date, a ratio, a rank. Arabic numbers are figures unless they are codes or list markers.
     */
    private boolean isFigure(Draft d) {
        Numeral num = d.num;
        if (num != null && (!num.arabic() && isBlocked(num.start() - 1, "几幾数數若") || isBlocked(num.end(), "几幾"))) {
            return false; // 几十个, 十几个, 数百万: a vague count, no figure (but 人数300 is one)
        }
        if (num == null || d.kind != QuantityKind.NUMBER) {
            return true;
        }
        if (num.vague()) {
            return false;
        }
        if (!num.arabic()) {
            if (num.digitRun() == 2 && num.numeralChars() == 2 && !num.hasZero()) {
                return false; // 三五成群, 五五折
            }
            if (num.isLoneChinese()) {
                if (d.unitEntry == null) {
                    return standsAlone(d);
                }
                return !d.unitEntry.weak() && !parallelPhrase(d);
            }
            if (d.unitEntry == null) {
                boolean figure = num.scaled() || num.decimal() || num.digitRun() >= 3;
                return figure && !isBlocked(d.end, "大届屆中") || standsAlone(d);
            }
            return true;
        }
        if (d.unitEntry != null || num.magnitude() != null || d.high != null) {
            return true;
        }
        if (num.leadingZero() || listMarker(d)) {
            return false;
        }
        if (num.isIntegerBetween(0, 24) && d.end < n && "时時点點".indexOf(text.charAt(d.end)) >= 0) {
            return false; // 9时30分, 上午9点: a time of day
        }
        return num.arabicDigits() < 3 || d.end >= n || !isIdeograph(text.charAt(d.end))
                || FIGURE_NEIGHBOURS.indexOf(text.charAt(d.end)) >= 0;
    }

    /**
     * {@code 一只羊}, {@code 三双鞋}, {@code 两张图}: a lone Chinese numeral and a measure word too common in set phrases
     * for a figure ({@link UnitTable.Unit#weak}), still a count in a general reading; not in a parallel phrase
     * ({@code 一人一档}).
     */
    private boolean countWithMeasureWord(Draft d) {
        if (d.kind != QuantityKind.NUMBER || d.num == null || !d.num.isLoneChinese() || d.unitEntry == null
                || !d.unitEntry.weak() || parallelPhrase(d)) {
            return false;
        }
        int s = d.num.start();
        boolean one = NumeralReader.chineseDigit(text.charAt(s)) == 1;
        return !one || !isBlocked(s - 1, WORDS_ENDING_IN_ONE) && !isBlocked(s + 1, ONE_IN_SET_PHRASES);
    }

    /** 一人一档, 一步一个脚印: the same numeral two characters away makes a parallel phrase, not a count. */
    private boolean parallelPhrase(Draft d) {
        int s = d.num.start();
        char numeral = text.charAt(s);
        return d.end < n && text.charAt(d.end) == numeral && d.end - s == 2
                || s >= 2 && text.charAt(s - 2) == numeral && isIdeograph(text.charAt(s - 1));
    }

    /** A text that is only this number (a test phrase, a table cell). */
    private boolean standsAlone(Draft d) {
        for (int k = 0; k < d.start; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        for (int k = d.end; k < n; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** 1、 2. (3) at the start of a line or in brackets. */
    private boolean listMarker(Draft d) {
        char after = d.end < n ? text.charAt(d.end) : '\n';
        char before = d.start > 0 ? text.charAt(d.start - 1) : '\n';
        if ((before == '(' || before == '（') && (after == ')' || after == '）')) {
            return true;
        }
        boolean lineStart = true;
        for (int k = d.start - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                lineStart = false;
                break;
            }
        }
        boolean dot = (after == '.' || after == '．') && (d.end + 1 >= n || !Digits.isEitherWidth(text.charAt(d.end + 1)));
        return lineStart && (after == '、' || dot || after == ')' || after == '）');
    }

    // ---- words without digits ------------------------------------------------------------------------------------

    /** 年内 as a period of its own (3年内 is read with its number). */
    private int periodWithinYear(int i) {
        if (i + 1 < n && text.charAt(i + 1) == '内' && i >= lastEnd && !isNumeralOrMagnitude(i - 1)) {
            emit(Draft.wordPeriod(i, i + 2, "年", null, null));
            return i + 2;
        }
        return i + 1;
    }

    /** 上半年, 下半年 (periods) and 半成 (5%). */
    private int half(int i) {
        if (i > 0 && i + 1 < n && text.charAt(i + 1) == '年' && (text.charAt(i - 1) == '上' || text.charAt(i - 1) == '下')
                && i - 1 >= lastEnd) {
            emit(Draft.wordPeriod(i - 1, i + 2, "半年", null, null));
            return i + 2;
        }
        if (i + 1 < n && text.charAt(i + 1) == '百' && i >= lastEnd && !isNumeralOrMagnitude(i - 1)
                && !isNumeralOrMagnitude(i + 2)) {
            Draft d = Draft.wordPeriod(i, i + 2, "", null, null); // 年过半百: fifty, a general reading
            d.ratio(QuantityKind.NUMBER, BigDecimal.valueOf(50), "", BigDecimal.valueOf(50), "");
            d.loose = true;
            emit(d);
            return i + 2;
        }
        Unit dozen = i + 1 < n && text.charAt(i + 1) == '打' ? UnitTable.match(text, i + 1) : null;
        if (dozen != null && i >= lastEnd && !isNumeralOrMagnitude(i - 1) && !isBlocked(i + 2, dozen.blockers())) {
            Draft d = Draft.wordPeriod(i, i + 2, "", null, null); // 半打鸡蛋: six
            d.ratio(QuantityKind.NUMBER, BigDecimal.valueOf(6), "", new BigDecimal("0.5"), "打");
            d.loose = true;
            emit(d);
            return i + 2;
        }
        if (i + 1 < n && text.charAt(i + 1) == '成' && i >= lastEnd && !isNumeralOrMagnitude(i - 1)
                && !isBlocked(i + 2, "品")) {
            Draft d = Draft.wordPeriod(i, i + 2, "%", null, null);
            d.ratio(QuantityKind.PERCENT, BigDecimal.valueOf(5), "%", new BigDecimal("0.5"), "成");
            emit(d);
            return i + 2;
        }
        return i + 1;
    }

    /**
     * {@code 百三} (130), {@code 千五} (1500): 百 or 千 without its 一, then a digit; a general reading, since 百 and 千
     * start many words ({@code 百万}, {@code 千万工程}).
     */
    private boolean leadsNumber(int i) {
        return NumeralReader.smallUnit(text.charAt(i)) >= 2 && i + 1 < n
                && NumeralReader.chineseDigit(text.charAt(i + 1)) > 0 && !isNumeralOrMagnitude(i - 1);
    }

    /** 打对折: half price, 50 percent; a general reading. */
    private int halfPriceDiscount(int i) {
        if (i < 1 || text.charAt(i - 1) != '打' || i + 1 >= n || text.charAt(i + 1) != '折' || i < lastEnd) {
            return i + 1;
        }
        Draft d = Draft.wordPeriod(i, i + 2, "%", null, null);
        d.ratio(QuantityKind.PERCENT, BigDecimal.valueOf(50), "%", BigDecimal.valueOf(5), "折");
        d.loose = true;
        emit(d);
        return i + 2;
    }

    /** 十一五 … 十五五: the five-year plans, as the years they cover. */
    private int fiveYearPlan(int i) {
        if (text.charAt(i) != '十' || i + 2 >= n || text.charAt(i + 2) != '五' || i < lastEnd) {
            return i;
        }
        int plan = 10 + NumeralReader.chineseDigit(text.charAt(i + 1));
        if (plan < 11 || plan > 15 || i + 3 < n && (NumeralReader.startsNumber(text.charAt(i + 3))
                || UnitTable.match(text, i + 3) != null || NumeralReader.isBigUnit(text.charAt(i + 3)))) {
            return i;
        }
        int first = 1966 + 5 * (plan - 3); // 三五 began in 1966 after the 1963–65 adjustment years
        emit(Draft.wordPeriod(i, i + 3, "年", BigDecimal.valueOf(first), BigDecimal.valueOf(first + 4)));
        return i + 3;
    }

    /** Remembers a short quoted name (“1355”战略): a closing quote within 24 characters and no clause break. */
    private void markName(int i) {
        if (i < nameEnd) {
            return;
        }
        char open = text.charAt(i);
        char close = switch (open) {
            case '“' -> '”';
            case '「' -> '」';
            case '『' -> '』';
            case '《' -> '》';
            default -> '"';
        };
        int limit = Math.min(n, i + 25);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == close) {
                nameStart = i;
                nameEnd = j;
                return;
            }
            if (CLAUSE_PUNCTUATION.indexOf(c) >= 0) {
                return;
            }
        }
    }

    // ---- small helpers -------------------------------------------------------------------------------------------

    private void emit(Draft d) {
        found.add(d.toQuantity());
        lastEnd = d.end;
    }

    private boolean signMayStandAt(int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !isAsciiLetter(before) && !Digits.isEitherWidth(before) && before != '%' && before != '.'
                && before != '/' && before != '-';
    }

    private boolean isCodeCharacter(int p) {
        if (p < 0) {
            return false;
        }
        char c = text.charAt(p);
        return isAsciiLetter(c) || c == '_' || c == '/' || c == '#' || c == '@' || c == '.' || c == ':' || c == '-'
                && p > 0 && (Digits.isEitherWidth(text.charAt(p - 1)) || isAsciiLetter(text.charAt(p - 1)));
    }

    /** Past a run of letters, digits and joiners (G337, PM2.5, 0358-1234567, 19:30). */
    private int skipCode(int p) {
        int q = p;
        while (q < n) {
            char c = text.charAt(q);
            boolean joiner = (c == '.' || c == '-' || c == ':' || c == '_' || c == '/') && q + 1 < n
                    && (isAsciiLetter(text.charAt(q + 1)) || Digits.isEitherWidth(text.charAt(q + 1)));
            if (isAsciiLetter(c) || Digits.isEitherWidth(c) || joiner) {
                q++;
            } else {
                break;
            }
        }
        return Math.max(q, p + 1);
    }

    private boolean clockAt(int p) {
        return p + 1 < n && (text.charAt(p) == ':' || text.charAt(p) == '：')
                && Digits.isEitherWidth(text.charAt(p + 1));
    }

    private int digitsEnd(int p, int max) {
        int q = p;
        while (q < n && q - p < max && Digits.isAscii(text.charAt(q))) {
            q++;
        }
        return q;
    }

    /** The end of the ASCII or full-width digits from {@code p}, at most {@code max}. */
    private int eitherWidthDigitsEnd(int p, int max) {
        int q = p;
        while (q < n && q - p < max && Digits.isEitherWidth(text.charAt(q))) {
            q++;
        }
        return q;
    }

    /** The whole number written in ASCII or full-width digits at {@code [from, to)}. */
    private BigDecimal digitsValue(int from, int to) {
        long value = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            value = value * 10 + (c <= '9' ? c - '0' : c - '０');
        }
        return BigDecimal.valueOf(value);
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    private String ascii(int from, int to) {
        return text.substring(from, to);
    }

    private boolean isNumeralOrMagnitude(int p) {
        if (p < 0 || p >= n) {
            return false;
        }
        char c = text.charAt(p);
        return NumeralReader.startsNumber(c) || NumeralReader.isBigUnit(c) || NumeralReader.smallUnit(c) > 0;
    }

    private static boolean startsNumeralOrUnit(char c) {
        return NumeralReader.startsNumber(c) || NumeralReader.smallUnit(c) > 0;
    }

    private boolean isBlocked(int p, String chars) {
        return p >= 0 && p < n && chars.indexOf(text.charAt(p)) >= 0;
    }

    private boolean startsWith(int p, String word) {
        return Words.startsWith(text, p, word);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
    }

    private static boolean isIdeograph(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    private static String twoDigits(BigDecimal number) {
        int v = number.intValue();
        return v < 10 ? "0" + v : Integer.toString(v);
    }

    /** A quantity being assembled; becomes a {@link Quantity} when it passes. */
    private static final class Draft {
        int start;
        int end;
        boolean negative;
        boolean rejected;
        boolean fraction;
        /** Read only as a general recognizer reads numbers: no figure of a report ({@link Quantity#figure}). */
        boolean loose;
        Numeral num;
        Unit unitEntry;
        BigDecimal value;
        BigDecimal high;
        BigDecimal writtenValue;
        String unit = "";
        String writtenUnit = "";
        QuantityKind kind = QuantityKind.NUMBER;
        Approximation approx = Approximation.EXACT;
        String scope;
        String date;

        Draft(int start, Numeral num, boolean negative) {
            this.start = start;
            this.num = num;
            this.negative = negative;
            this.end = num.end();
        }

        private Draft() {
        }

        static Draft rejectedUpTo(int end) {
            Draft d = new Draft();
            d.rejected = true;
            d.end = end;
            return d;
        }

        static Draft wordPeriod(int start, int end, String unit, BigDecimal first, BigDecimal last) {
            Draft d = new Draft();
            d.start = start;
            d.end = end;
            d.kind = QuantityKind.PERIOD;
            d.unit = unit;
            d.writtenUnit = unit;
            d.value = first;
            d.writtenValue = first;
            d.high = last;
            d.date = first == null ? null : first.toPlainString() + "/" + last.toPlainString();
            return d;
        }

        /** Sets value and unit from a number (magnitudes multiplied out) and the unit written after it. */
        void measure(BigDecimal base, BigDecimal magnitude, Unit entry, String token) {
            Category category = entry == null ? Category.AMOUNT : entry.category();
            switch (category) {
                case PERCENT -> ratio(QuantityKind.PERCENT, base, "%", base, "%");
                case PERMILLE -> ratio(QuantityKind.PERCENT, base.divide(TEN), "%", base, "‰");
                case POINT -> ratio(QuantityKind.PERCENTAGE_POINT, base, "个百分点", base, "个百分点");
                case MULTIPLE -> ratio(QuantityKind.MULTIPLE, base, "倍", base, "倍");
                case TENTH -> ratio(QuantityKind.PERCENT, base.multiply(TEN), "%", base, "成");
                case DISCOUNT -> ratio(QuantityKind.PERCENT, discountPercent(base), "%", base, "折");
                case DOZEN -> {
                    String word = magnitude == null ? "" : magnitudeWord(magnitude);
                    ratio(QuantityKind.NUMBER, base.multiply(DOZEN), "",
                            magnitude == null ? base : PowerOfTen.divide(base, magnitude), word + "打");
                }
                default -> {
                    String word = magnitude == null ? "" : magnitudeWord(magnitude);
                    ratio(QuantityKind.NUMBER, base, token, magnitude == null ? base : PowerOfTen.divide(base, magnitude),
                            word + token);
                }
            }
        }

        /** What {@link #measure} makes of a number before this unit, for the upper end of a range. */
        BigDecimal converted(BigDecimal base, Unit entry) {
            Category category = entry == null ? Category.AMOUNT : entry.category();
            BigDecimal value = switch (category) {
                case PERMILLE -> base.divide(TEN);
                case TENTH -> base.multiply(TEN);
                case DISCOUNT -> discountPercent(base);
                case DOZEN -> base.multiply(DOZEN);
                default -> base;
            };
            return negative ? value.negate() : value;
        }

        void ratio(QuantityKind kind, BigDecimal value, String unit, BigDecimal written, String writtenUnit) {
            this.kind = kind;
            this.value = negative ? value.negate() : value;
            this.unit = unit;
            this.writtenValue = negative ? written.negate() : written;
            this.writtenUnit = writtenUnit;
        }

        void date(BigDecimal first, String calendar, String finest, int end) {
            this.kind = QuantityKind.DATE;
            this.value = first;
            this.writtenValue = first;
            this.unit = finest;
            this.writtenUnit = finest;
            this.date = calendar;
            this.end = end;
        }

        void period(Draft last) {
            kind = QuantityKind.PERIOD;
            high = last.value;
            date = date + "/" + last.date;
            end = last.end;
        }

        /** Takes in the words before the number (全市第, 近) when they do not reach into the quantity before. */
        void extendStartTo(int newStart, int floor) {
            if (newStart >= floor && newStart >= 0 && newStart < start) {
                start = newStart;
            }
        }

        void rank(String scope, Approximation approx) {
            this.kind = QuantityKind.RANK;
            this.scope = scope;
            this.approx = approx;
            this.unit = "";
            this.writtenUnit = "";
        }

        Quantity toQuantity() {
            return new Quantity(start, end, value, high, unit, kind, approx, writtenValue, writtenUnit, scope, date,
                    !loose);
        }

        /** 八折 is 80 percent, 七五折 75: tenths below ten, else the percent itself. */
        private static BigDecimal discountPercent(BigDecimal written) {
            return written.compareTo(TEN) < 0 ? written.multiply(TEN) : written;
        }

        private static String magnitudeWord(BigDecimal magnitude) {
            return switch (magnitude.precision() - magnitude.scale() - 1) {
                case 4 -> "万";
                case 8 -> "亿";
                case 12 -> "万亿";
                default -> "";
            };
        }
    }
}
