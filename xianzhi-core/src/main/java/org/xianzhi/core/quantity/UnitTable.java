package org.xianzhi.core.quantity;

import org.xianzhi.core.text.Words;

/**
 * The units a number can carry, looked up by the characters after it (longest match: {@code 人次} before {@code 人},
 * {@code 个百分点} before {@code 个}). Written forms include the common Traditional ones; each maps to one simplified
 * token. Magnitude words ({@code 万}, {@code 亿}) are not units: {@link NumeralReader} multiplies them out.
 */
final class UnitTable {

    /** What a unit makes of the number before it. */
    enum Category { AMOUNT, TIME, PERCENT, PERMILLE, POINT, MULTIPLE, TENTH, DISCOUNT, DOZEN }

    /**
     * One written form.
     *
     * @param written  the characters as they stand in the text
     * @param token    the normalized unit
     * @param weak     a measure word too common in idioms to trust after a lone Chinese digit ({@code 一起}, {@code 一批})
     * @param blockers characters that, right after the unit, show the number is part of a word ({@code 一次性}, {@code 90年代})
     */
    record Unit(String written, String token, Category category, boolean weak, String blockers) {
    }

    private static final Unit[][] BY_FIRST_CHAR = new Unit[65536][];

    static {
        amount("元", "素旦化首宵");
        amount("美元", "");
        amount("欧元", "");
        amount("歐元", "", "欧元");
        amount("港元", "");
        amount("日元", "");
        amount("英镑", "");
        amount("千瓦时", "");
        amount("千瓦時", "", "千瓦时");
        amount("千瓦", "");
        amount("兆瓦时", "");
        amount("兆瓦", "");
        amount("吉瓦", "");
        amount("千伏安", "");
        amount("千伏", "");
        amount("亩", "");
        amount("畝", "", "亩");
        amount("公顷", "");
        amount("公頃", "", "公顷");
        amount("平方公里", "");
        amount("平方千米", "");
        amount("平方米", "");
        amount("平米", "");
        amount("㎡", "", "平方米");
        amount("立方米", "");
        amount("公里", "");
        amount("千米", "");
        amount("厘米", "");
        amount("毫米", "");
        amount("米", "饭粮");
        amount("公斤", "");
        amount("千克", "");
        amount("斤", "");
        amount("吨", "");
        amount("噸", "", "吨");
        amount("人次", "");
        amount("人", "民们才工格生际体");
        amount("户", "籍口型");
        amount("戶", "籍口型", "户");
        amount("家", "庭乡长族属里中");
        amount("个", "体性");
        amount("個", "体體性", "个");
        amount("项", "目链");
        amount("項", "目", "项");
        amount("座", "谈位");
        amount("所", "有以在谓属得");
        amount("辆", "");
        amount("輛", "", "辆");
        amount("台", "阶湾");
        amount("臺", "阶階湾灣", "台");
        amount("件", "");
        amount("批次", "");
        amount("次", "性序");
        amount("名", "单單称稱义義牌字录錄额");
        amount("位", "于於置列居数");
        amount("处", "理置于长");
        amount("處", "理置於長", "处");
        amount("套", "餐");
        amount("篇", "");
        amount("场", "所景地面馆");
        amount("場", "所景地面館", "场");
        amount("轮", "胎");
        amount("棵", "");
        amount("株", "");
        amount("栋", "梁");
        amount("棟", "樑梁", "栋");
        amount("幢", "");
        amount("宗", "旨教");
        amount("份", "额");
        amount("例", "如外行会");
        amount("笔", "者记");
        amount("架", "构");
        amount("艘", "");
        amount("部", "分门署长委");
        amount("℃", "");
        amount("人民币", "", "元");
        amount("岁", "月末数");
        amount("歲", "月末數", "岁");
        amount("周岁", "");
        amount("瓦", "解");
        amount("赫兹", "");
        amount("升", "级级值高温");
        amount("毫升", "");
        amount("立方", "体");
        amount("平方", "");
        amount("英里", "");
        amount("海里", "");
        amount("页", "面");
        amount("首", "先次都府批");
        amount("幅", "度");
        amount("颗", "粒");
        amount("瓶", "");
        amount("箱", "");
        amount("盒", "");
        amount("袋", "");
        weak("根", "本据源治");
        weak("粒", "子");
        weak("片", "区面");
        weak("块", "钱");
        weak("包", "括含容装");
        weak("双", "方向边");
        weak("对", "于外接象话照");
        weak("层", "面级次");
        weak("节", "约能点日");
        weak("章", "程");
        weak("班", "子级车");
        weak("匹", "配");
        amount("摄氏度", "", "℃");
        weak("批", "");
        weak("条", "件例");
        weak("條", "件例", "条");
        weak("张", "");
        weak("張", "", "张");
        weak("只", "是有要能");
        weak("头", "部");
        weak("口", "径岸号");
        weak("眼", "光界睛");
        weak("本", "地级领身");
        weak("期", "间待货望盼");
        weak("间", "隔断");
        weak("間", "隔斷", "间");
        weak("种", "植类子");
        weak("種", "植類子", "种");
        weak("类", "型似别");
        weak("類", "型似別", "类");
        weak("支", "持撑出付部队");
        weak("队", "伍员");
        weak("起", "来步草点");
        weak("度", "过");
        weak("克", "服隆");
        time("个工作日", "");
        time("工作日", "");
        time("个多月", "", "个月");
        time("个余月", "", "个月");
        time("个月", "");
        time("個月", "", "个月");
        time("年", "代级級纪紀轻輕");
        time("天", "然气下空地");
        time("周", "年边围期");
        time("週", "年邊圍期", "周");
        time("小时", "");
        time("小時", "", "小时");
        time("分钟", "");
        add("秒", "秒", Category.TIME, true, "杀殺");
        time("季度", "");
        time("星期", "");
        time("世纪", "");
        add("%", "%", Category.PERCENT, false, "");
        add("％", "%", Category.PERCENT, false, "");
        add("‰", "‰", Category.PERMILLE, false, "");
        add("个百分点", "个百分点", Category.POINT, false, "");
        add("個百分點", "个百分点", Category.POINT, false, "");
        add("百分点", "个百分点", Category.POINT, false, "");
        add("百分點", "个百分点", Category.POINT, false, "");
        add("倍", "倍", Category.MULTIPLE, false, "");
        add("成", "成", Category.TENTH, false, "为為功立效果本员員熟长長绩績交就片型品套批规規都不");
        // 八折 (a price cut to eight tenths); not 折合, 折旧, 折算, 折射, 折叠, 折腾, 折中, 折返, 折损, 折服, 折价
        add("折", "折", Category.DISCOUNT, false, "合旧舊算射叠疊腾騰中返损損服价價线線");
        // 一打鸡蛋 (a dozen); not the verb: 一打就通, 打造, 打通, 打击, 打开, 打破, 打赢, 打响, 打工, 打卡, 打好…
        add("打", "打", Category.DOZEN, true, "造通击擊开開破赢贏响響工卡好出进進入败敗掉压壓下乱亂断斷发發理架折扫掃拼牢算"
                + "车車球针針字印包捞撈井假黑垮仗交听聽量电電气氣住动動死伤傷就了着過过成到起");
    }

    private UnitTable() {
    }

    private static void amount(String written, String blockers) {
        add(written, written, Category.AMOUNT, false, blockers);
    }

    private static void amount(String written, String blockers, String token) {
        add(written, token, Category.AMOUNT, false, blockers);
    }

    private static void weak(String written, String blockers) {
        add(written, written, Category.AMOUNT, true, blockers);
    }

    private static void weak(String written, String blockers, String token) {
        add(written, token, Category.AMOUNT, true, blockers);
    }

    private static void time(String written, String blockers) {
        add(written, written, Category.TIME, false, blockers);
    }

    private static void time(String written, String blockers, String token) {
        add(written, token, Category.TIME, false, blockers);
    }

    /** Keeps each first character's forms longest first, so the first that matches is the longest. */
    private static void add(String written, String token, Category category, boolean weak, String blockers) {
        char first = written.charAt(0);
        Unit[] old = BY_FIRST_CHAR[first];
        for (Unit unit : old == null ? new Unit[0] : old) {
            if (unit.written().equals(written)) {
                return;
            }
        }
        Unit[] grown = old == null ? new Unit[1] : java.util.Arrays.copyOf(old, old.length + 1);
        grown[grown.length - 1] = new Unit(written, token, category, weak, blockers);
        java.util.Arrays.sort(grown, (a, b) -> b.written().length() - a.written().length());
        BY_FIRST_CHAR[first] = grown;
    }

    /** The longest unit written at {@code pos}, or null. */
    static Unit match(CharSequence s, int pos) {
        if (pos >= s.length()) {
            return null;
        }
        Unit[] candidates = BY_FIRST_CHAR[s.charAt(pos)];
        if (candidates == null) {
            return null;
        }
        for (Unit unit : candidates) {
            if (Words.startsWith(s, pos, unit.written())) {
                return unit;
            }
        }
        return null;
    }

    /** Whether a unit of several characters ({@code 千瓦}, {@code 千米}, {@code 百分点}) is written at {@code pos}. */
    static boolean startsLongUnit(CharSequence s, int pos) {
        Unit unit = match(s, pos);
        return unit != null && unit.written().length() > 1;
    }
}
