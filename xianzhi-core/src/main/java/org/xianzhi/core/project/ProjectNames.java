package org.xianzhi.core.project;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.xianzhi.core.text.Digits;
import org.xianzhi.core.text.Words;

/**
 * Cuts project names out of the words around a stage verb and tells names from things that are not projects.
 *
 * <p>A name is what stands between the last steering verb ({@code 推动}, {@code 确保}, {@code 力争}, {@code 的}…) and
 * the stage verb, without the adverbs next to the verb ({@code 相继}, {@code 如期}, {@code 年内}). A list
 * ({@code 推动华辰公司复产、丽神食品投产}, {@code 人民路、向阳路、秀容街改造投用}) is one event per item; {@code 和} and
 * {@code 及} join the parts of one name ({@code 引翠街和天峰路改造}). An item is a project when it ends with what
 * projects are ({@code 项目}, {@code 工程}, {@code 中心}, {@code 大道}, {@code 公司}…), or when the list says so
 * ({@code 柳玄、景泰等一批大宗固废项目}, {@code 格瑞机械球铰链、华北汽车白车身两个省重点项目}). Not projects: counts
 * ({@code 4条市政道路}, {@code 水厂两座}) and kinds of project without a name ({@code 产业项目}, {@code 重点工程}).
 */
final class ProjectNames {
    /** What a project's name ends with; longest first is not needed, any suffix counts. */
    private static final String[] HEADS = {"项目", "工程", "改造", "改造提升", "搬迁", "扩建", "改建", "新建",
        "园", "园区", "基地", "中心", "电站", "储能", "风电", "发电", "光伏", "厂", "厂房", "医院", "院区", "校区", "学校",
        "中学", "小学", "初中", "中专", "幼儿园", "公寓楼", "教学楼", "综合楼", "楼", "大厦", "公路", "高速", "大道", "路",
        "街", "大街", "桥", "水库", "灌区", "馆", "宫", "广场", "公园", "综合体", "服务区", "小区", "新城", "小镇", "酒店",
        "站", "管道", "管网", "水厂", "仓", "库", "大厅", "堤", "新城", "景区", "度假村", "市场", "机场", "港",
        "公司", "集团", "食品", "矿业", "药业", "果品", "饲料", "酒业", "养殖场", "一期", "二期", "三期", "四期",
        "(一期)", "(二期)", "(三期)", "延", "快速路", "环路", "坊", "佳苑", "家园", "花园", "前程", "院",
        "养老院", "研究中心", "实训基地", "连接线", "改线", "环线", "线路", "基础设施", "游园", "高铁", "铁路", "城际", "段"};
    /** Words that end with a head but are none: {@code 新阶段}, {@code 义务教育阶段} (段 heads {@code 北环路城区段}). */
    private static final String[] NOT_HEADS = {"阶段", "手段"};
    /** What a list's closing words may end with to say its items are projects: {@code 等一批重大新兴产业}. */
    private static final String[] LIST_HEADS = {"产业", "企业", "央企"};
    /** Words that say what kind of project a thing is without naming it; a name of only these is no name. */
    private static final String[] GENERIC = {"产业", "重点", "重大", "民生", "基础设施", "配套", "招商", "招商引资", "各类",
        "一批", "这些", "相关", "在建", "新建", "续建", "储备", "谋划", "前期", "签约", "落地", "投产", "竣工", "开工",
        "省", "市", "县", "区", "省级", "市级", "县级", "省市", "列", "市列", "省列", "示范", "试点", "亿元以上", "过亿元",
        "基础", "建设", "工业", "农业", "服务业", "新能源", "水利", "交通", "市政", "公共服务", "社会", "政府投资", "该",
        "此", "其他", "其余", "全部", "所有", "城建", "教育", "卫生", "文旅", "旅游", "老旧", "农村", "城市", "城区",
        "全县", "全市", "全区", "我县", "我市", "我区", "本", "大", "好", "小", "新", "这个", "一个", "两个", "多个", "系列",
        "提升", "改造", "民心", "为民", "实事", "PPP", "专项债", "中央预算内", "国债", "灾后重建", "重建", "合作", "对接",
        "工程", "项目", "园区", "基地", "中心", "企业", "主体", "明年", "今年", "全年", "去年", "风电", "光伏", "光伏发电",
        "风光", "储能", "发电", "微风", "微水", "煤层气", "智能化", "超低排放", "提标", "节能", "低氮", "绿化", "亮化",
        "美化", "硬化", "雨污分流", "生产", "提质", "保障性安居", "智慧", "景区", "以工代赈", "中水回用", "电网",
        "城市电网", "升级", "城中村", "配套设施", "绿色化", "洗煤", "建材", "电力", "煤炭", "焦化", "化工", "与", "和",
        "及", "待建", "在谈", "专业市场", "廉租房", "公租房", "限价商品房", "县城", "街角游园", "口袋公园", "中小学校",
        "中小学", "学校", "宜居", "家园", "创新", "供水", "管网", "一期", "二期", "三期", "改扩建", "博物馆", "书院",
        "数字", "以", "为", "学前教育", "薄改", "能力提升", "棚户区", "棚改", "扶残助残", "关爱", "听民意办实事", "清洁取暖", "气代煤", "电代煤", "厕所", "户厕", "高校", "医疗机构", "企业总部",
        "特色", "小镇", "现代农业", "优质", "外资"};
    /** The heads and the generic words as sets, looked up by the name's suffixes and prefixes, longest first. */
    private static final Set<String> HEAD_SET = Set.of(distinct(HEADS));
    private static final int LONGEST_HEAD = longest(HEADS);
    private static final Set<String> GENERIC_SET = Set.of(distinct(GENERIC));
    private static final int LONGEST_GENERIC = longest(GENERIC);
    private static final Pattern ITEM_MARK = Pattern.compile("\\(\\d{1,2}\\)|[\u2460-\u2473]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\[\\d{1,2}\\]|〔\\d{1,2}〕");
    /** Kinds of route whose names are the short names of the places they join: {@code 京德高速公路}, {@code 雄忻高铁}. */
    private static final String[] ROUTES = {"高速公路", "高速", "高铁", "铁路", "城际", "城际铁路", "客专"};
    /** How long a route's name of place initials runs: {@code 京雄}, {@code 石衡沧港}. */
    private static final int ROUTE_NAME = 4;
    /** A list closed by {@code 等…项目} and joined by {@code 和} to the next list. */
    private static final Pattern JOINED_LISTS = Pattern.compile("、[^、]*等[^、和等]*(项目|工程)和");
    private static final Pattern TRAILING_COUNT = Pattern.compile("[0-9一二两三四五六七八九十百千万多个项座所家条批]+$");
    /** Words no project's name holds: they belong to the sentence around it ({@code 把X作为头号工程}). */
    private static final String[] NOT_IN_NAME = {"作为", "成为", "发展", "实现", "加快", "提高", "坚持", "打造", "推动",
        "开展", "落实", "深化", "围绕", "助力", "进一步", "全力", "积极", "持续", "不断", "创建", "各种", "和项目",
        "和工程"};
    /** Steering words before a name: the name starts after the last of them. */
    private static final String[] STEERING = {"推动", "推进", "加快", "加速", "确保", "力争", "争取", "实现", "启动", "实施",
        "做好", "抓好", "促进", "支持", "积极", "全力", "通过", "督促", "围绕", "依托", "其中", "的", "将",
        "让", "使", "协调", "引进", "引导", "谋划", "打造", "全面", "加大", "深入", "持续", "继续", "同时", "全方位", "带动",
        "目前", "今年", "去年", "全年", "年内", "一年来", "近年来", "以来", "此外", "另外", "完成", "推进了", "完成了",
        "建成了", "实现了", "我们", "全县", "全市", "全区", "力促", "助推", "确保了", "着力", "大力", "强力", "做实",
        "随着", "成功", "坚持", "按照", "聚焦", "是", "建成", "新建", "开工建设", "签约", "续建", "改扩建", "用好", "管好"};
    /** Words between a name and its verb: {@code 相继投产}, {@code 如期通车}, {@code 年内具备试生产条件}. */
    private static final String[] ADVERBS = {"相继", "顺利", "如期", "正式", "基本", "全面", "成功", "尽快", "尽早", "早日", "具备",
        "实现", "确保", "力争", "已经", "已", "均", "先后", "陆续", "全部", "将于", "将", "于", "计划", "预计", "要",
        "能够", "可", "分别", "年内", "今年", "全年", "争取", "进一步", "全线", "整体", "主体", "并", "已全部",
        "达到", "达", "条件", "已经全面"};
    /** Words after a name that a verb before it governs: {@code 完成双庙大街建设}, {@code 加快X建设进度}. */
    private static final String[] TRAILING = {"的建设", "建设进度", "建设工作", "工作", "建设", "进度", "任务", "并", "等",
        "和", "及"};
    /** Words a verb leaves before the name it governs: {@code 完成了X}, {@code 做好X}. */
    private static final String[] LEADING = {"和", "及", "了", "好", "的", "对", "为", "以", "把", "在", "用好", "管好"};
    /** Verbs of striving for a title: a list closed by them names places or works that strive to be named so. */
    private static final String[] DESIGNATIONS = {"创建", "争创", "申报", "创成"};
    /** A list closed by these names places, not projects: {@code 4个乡镇土地整治项目}. */
    private static final String[] PLACES = {"乡镇", "个村", "个镇", "个乡", "县区", "个县"};
    /** The characters of times and adverbs that may stand between a subject clause and its verb. */
    private static final String TIME_WORDS = "在于已将年月日底前内今明全部正式并且均经基本顺利如期目";
    private static final String CLASSIFIERS = "个项座所家条处批栋套台户亩万千百十";
    private static final String NUMERALS = "一二两三四五六七八九十百千万几多数";

    private ProjectNames() {
    }

    /** A list of named projects and what the list says about them. */
    record Named(List<String> names, ProjectLevel level) {
    }

    /** The names in the words before a verb ({@code X竣工}), or none. */
    static Named before(String words) {
        String s = stripTrailing(words);
        s = afterSteering(s);
        return split(s);
    }

    /** The names in the words after a verb ({@code 开工建设X}), or none. */
    static Named after(String words) {
        String s = words;
        boolean changed = true;
        while (changed) {
            changed = false;
            s = s.strip();
            for (String t : TRAILING) {
                if (s.endsWith(t) && s.length() > t.length()) {
                    s = s.substring(0, s.length() - t.length());
                    changed = true;
                }
            }
            for (String lead : LEADING) {
                if (s.startsWith(lead)) {
                    s = s.substring(lead.length());
                    changed = true;
                }
            }
        }
        int de = s.lastIndexOf('的');
        if (de >= 0 && de < s.length() - 1) {
            s = s.substring(de + 1);
        }
        return split(s);
    }

    /** The level a list or its context names ({@code 省重点项目}, {@code 省市重点项目} → provincial), or null. */
    static ProjectLevel level(String text) {
        int key = text.indexOf("重点项目");
        if (key < 0) {
            key = text.indexOf("重大项目");
        }
        if (key < 0) {
            return null;
        }
        String before = text.substring(Math.max(0, key - 4), key);
        if (before.contains("国家")) {
            return ProjectLevel.NATIONAL;
        }
        if (before.contains("省")) {
            return ProjectLevel.PROVINCIAL;
        }
        if (before.contains("市")) {
            return ProjectLevel.CITY;
        }
        if (before.contains("县")) {
            return ProjectLevel.COUNTY;
        }
        return null;
    }

    private static String stripTrailing(String words) {
        String s = words.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            if (s.endsWith("、")) {
                s = s.substring(0, s.length() - 1).strip();
                changed = true;
            }
            for (String a : ADVERBS) {
                if (s.endsWith(a)) {
                    s = s.substring(0, s.length() - a.length()).strip();
                    changed = true;
                }
            }
            // 县游客中心建设加快推进: the work on the project, not its name.
            if (s.endsWith("建设") && s.length() > 2) {
                s = s.substring(0, s.length() - 2).strip();
                changed = true;
            }
        }
        return s;
    }

    private static String afterSteering(String s) {
        int cut = 0;
        for (String w : STEERING) {
            int at = s.lastIndexOf(w);
            // 的 inside a list item (县一中的新校区) is rare; 的 before a name (总投资4.9亿元的县人民医院) is common.
            if (at >= 0 && at + w.length() > cut && at + w.length() < s.length()) {
                cut = at + w.length();
            }
        }
        return s.substring(cut);
    }

    /**
     * Splits a run of words into names: {@code A、B、C等一批X项目}, {@code A、B两个省重点项目} (the list says they are
     * projects), or {@code A、B、C} (each item must say so itself).
     */
    private static Named split(String s) {
        // (1)城区地表水厂(2)城内大街南延工程, ⑥天然气管网⑦供水管网: numbered items are a list; footnote marks ([18],
        // 〔22〕) are no part of names.
        s = FOOTNOTE_MARK.matcher(ITEM_MARK.matcher(s).replaceAll("、")).replaceAll("").strip();
        while (s.startsWith("、")) {
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            return new Named(List.of(), null);
        }
        java.util.regex.Matcher joined = s.indexOf('和') > 0 && s.indexOf('等') > 0 ? JOINED_LISTS.matcher(s) : null;
        if (joined != null && joined.find()) {
            // A、B等15个省重点项目和C、D等一批市县项目: two closed lists joined, each read as its own.
            Named first = split(s.substring(0, joined.end() - 1));
            Named second = split(s.substring(joined.end()));
            List<String> both = new ArrayList<>(first.names());
            both.addAll(second.names());
            return new Named(both, first.level() == second.level() ? first.level() : null);
        }
        String items = s;
        String tail = null;
        int deng = s.lastIndexOf('等');
        if (deng > 0 && s.indexOf('、', deng) > 0) {
            // 推动抽水蓄能等重大前期项目取得进展、县供水工程: the 等 belongs to an earlier item.
            return split(s.substring(s.lastIndexOf('、') + 1));
        }
        if (deng > 0) {
            items = s.substring(0, deng);
            tail = s.substring(deng + 1);
        } else {
            int count = countStart(s);
            if (count > 0) {
                items = s.substring(0, count);
                tail = s.substring(count);
            }
        }
        if (tail != null && Words.containsAny(tail, PLACES)) {
            // 大仁庄、千佛岭4个乡镇土地整治项目: the items are places the works are in, not projects.
            return new Named(List.of(), null);
        }
        if (tail != null && Words.containsAny(tail, DESIGNATIONS)) {
            // 推进唐山南湖、衡水湖等创建5A级景区: the list's words say what its items strive to be named, not a project.
            return new Named(List.of(), null);
        }
        if (tail != null && namesKinds(tail)) {
            // 数字经济、数字政府等基础底座类项目: the items are kinds of project, not projects.
            return new Named(List.of(), null);
        }
        boolean listSaysProjects = tail != null
                && (endsWithHead(stripCount(tail)) || endsWithAny(stripCount(tail), LIST_HEADS));
        if (tail != null && !listSaysProjects && deng > 0 && !tail.isEmpty() && !startsWithCount(tail)) {
            // 北环路、三官庙北大街等路段管网敷设: the list is of something else done on them.
            return new Named(List.of(), null);
        }
        ProjectLevel level = tail == null ? null : level(tail);
        List<String> names = new ArrayList<>();
        // “容和服装产业园”“雄源服装智慧新城”项目: quoted names side by side are a list too.
        List<String> listed = topLevelItems(items.replace("”“", "”、“"));
        if (listed.size() > 2 && listed.stream().filter(item -> isGeneric(trimItem(item))).count() * 2 > listed.size()) {
            // 推进水利、交通、市政、城市排涝等重建项目建设: a list mostly of sectors names kinds of work, not projects.
            return new Named(List.of(), null);
        }
        String whole = listed.size() > 1 ? projectOfParts(trimItem(listed.get(0)), trimItem(listed.get(listed.size() - 1)),
                tail) : null;
        if (whole != null) {
            // 风帆工业园项目500万只蓄电池主车间、办公楼等工程完工: the parts' work is reported of the project.
            return new Named(List.of(whole), level);
        }
        String last = trimItem(listed.get(listed.size() - 1));
        String route = tail == null && listed.size() > 1 && isName(last, false) ? routeShortName(last) : null;
        for (String item : listed) {
            String name = trimItem(item);
            List<String> inner = bracketed(name);
            if (!inner.isEmpty()) {
                names.addAll(inner);
            } else if (isName(name, listSaysProjects)) {
                names.add(name);
            } else if (route != null && name.length() == route.length() && isName(name, true)) {
                // 京雄、京德高速公路, 雄商、雄忻高铁: a route named by its ends shares the last item's kind of route.
                names.add(name);
            }
        }
        if (tail != null && !listSaysProjects && deng > 0 && names.isEmpty()) {
            return new Named(List.of(), null);
        }
        return new Named(names, level);
    }

    /**
     * The project a list's first item opens with when the list goes on to name its parts ({@code 长城汽车项目发动机、
     * 内外装饰件、整车一期工程}, {@code 风帆工业园项目主车间、办公楼等工程}), or null: the item holds {@code 项目} with
     * words after it, and the list's works end it: its closing words ({@code 等工程}) or its last item
     * ({@code 整车一期工程}).
     */
    private static String projectOfParts(String first, String last, String tail) {
        int at = first.indexOf("项目");
        String works = tail != null ? stripCount(tail) : last;
        if (at <= 0 || at + 2 >= first.length() || !works.endsWith("工程")) {
            return null;
        }
        String project = first.substring(0, at + 2);
        return isName(project, false) ? project : null;
    }

    /** The place initials a route's name starts with ({@code 京德高速公路} → {@code 京德}), or null for other names. */
    private static String routeShortName(String name) {
        for (String route : ROUTES) {
            int at = name.length() - route.length();
            if (at >= 2 && at <= ROUTE_NAME && name.endsWith(route)) {
                return name.substring(0, at);
            }
        }
        return null;
    }

    /**
     * Whether a list's closing words say its items are kinds ({@code 等基础底座类项目}); a count of kinds is not
     * ({@code 等15个省级四类重点项目} are projects of the province's four kinds).
     */
    private static boolean namesKinds(String tail) {
        for (int at = tail.indexOf('类'); at >= 0; at = tail.indexOf('类', at + 1)) {
            char before = at > 0 ? tail.charAt(at - 1) : ' ';
            if (!Digits.isAscii(before) && NUMERALS.indexOf(before) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The items of a list split at 、 outside brackets: {@code 连接线(北段)、主干道(人民路、秀容街)} is two. */
    private static List<String> topLevelItems(String s) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? Math.max(-depth, -1) : 0;
            if (c == '、' && depth == 0) {
                items.add(s.substring(start, i));
                start = i + 1;
            }
        }
        items.add(s.substring(start));
        return items;
    }

    /**
     * The names a counted item lists in its brackets: {@code 改造三条主干道(人民路、秀容街、向阳路)} → the three roads,
     * {@code 一条连接线(静兴高速连接线北段工程)} → the line; none when the item is a name with a note in brackets
     * ({@code 静兴高速(岚县段)}).
     */
    private static List<String> bracketed(String item) {
        int open = item.indexOf('(');
        if (open <= 0 || !item.endsWith(")")) {
            return List.of();
        }
        String outer = item.substring(0, open);
        boolean counted = false;
        for (int i = 0; i + 1 < outer.length() && !counted; i++) {
            char c = outer.charAt(i);
            counted = (Digits.isAscii(c) || NUMERALS.indexOf(c) >= 0) && CLASSIFIERS.indexOf(outer.charAt(i + 1)) >= 0;
        }
        if (!counted) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String inner : item.substring(open + 1, item.length() - 1).split("、")) {
            if (isName(inner.strip(), false)) {
                names.add(inner.strip());
            }
        }
        return names;
    }

    /** Whether the words name a thing of their own ({@code 完成12个老旧小区改造}), not only an amount of work. */
    static boolean namesAThing(String words) {
        for (String head : HEADS) {
            if (head.length() > 1 && words.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words hold nothing but steering words and adverbs: {@code 确保}, {@code 力争全部}. */
    static boolean onlySteering(String words) {
        String s = words.strip();
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (String[] list : new String[][] {STEERING, ADVERBS}) {
                for (String w : list) {
                    if (s.startsWith(w)) {
                        s = s.substring(w.length()).strip();
                        changed = true;
                    }
                }
            }
        }
        return s.isEmpty();
    }

    /** Whether the words hold nothing but a time and adverbs: {@code 在2024年7月}, {@code 已全部}. */
    static boolean onlyTime(String words) {
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (!Digits.isAscii(c) && !Character.isWhitespace(c) && TIME_WORDS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String trimItem(String item) {
        String s = item.strip();
        while (!s.isEmpty() && "和及与、,".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }

    /** Where a count starts in the last item ({@code …白车身两个省重点项目} → at 两), or -1; never at 0. */
    private static int countStart(String s) {
        int lastItem = s.lastIndexOf('、') + 1;
        for (int i = Math.max(1, lastItem); i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if ((Digits.isAscii(c) || NUMERALS.indexOf(c) >= 0) && i > lastItem) {
                int j = i;
                while (j < s.length() && (Digits.isAscii(s.charAt(j)) || NUMERALS.indexOf(s.charAt(j)) >= 0)) {
                    j++;
                }
                if (j < s.length() && CLASSIFIERS.indexOf(s.charAt(j)) >= 0 && endsWithHead(s.substring(j + 1))
                        && j + 1 < s.length()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean startsWithCount(String tail) {
        char c = tail.charAt(0);
        return Digits.isAscii(c) || NUMERALS.indexOf(c) >= 0;
    }

    private static String stripCount(String tail) {
        return TRAILING_COUNT.matcher(tail).replaceAll("");
    }

    static boolean isName(String name, boolean listSaysProjects) {
        String bare = stripGeneric(name);
        // “1530”工程: the quotes are no generic words before a count; 省级4条道路 is a count.
        int unquoted = unquote(name).length();
        if (name.length() < 2 || name.length() > 40 || !startsAsAName(name.charAt(0)) || isCount(name) || !balanced(name)
                || (!bare.isEmpty() && bare.length() < unquoted && bare.length() > 1 && isCount(bare))) {
            return false;
        }
        for (String word : NOT_IN_NAME) {
            if (name.contains(word)) {
                return false;
            }
        }
        if (!listSaysProjects && !endsWithHead(name) || endsWithAny(name, NOT_HEADS)) {
            return false;
        }
        return !isGeneric(name);
    }

    /** {@code ----园区}: a name opens with a word or a quote, never with a dash or a stop left by the page. */
    private static boolean startsAsAName(char c) {
        return Character.isLetterOrDigit(c) || c == '“' || c == '"' || c == '《' || c == '(';
    }

    /** Brackets and quotes closed within the name: {@code 主干道(人民路} is a list cut through its brackets. */
    private static boolean balanced(String name) {
        int round = 0;
        int quotes = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            quotes += c == '"' ? 1 : 0;
            if (round < 0) {
                return false;
            }
        }
        int open = name.length() - name.replace("“", "").length();
        int close = name.length() - name.replace("”", "").length();
        return round == 0 && quotes % 2 == 0 && open == close;
    }

    /** {@code 4条市政道路}, {@code 一批标志性场馆}, {@code 水厂两座}: counted things, not named ones. */
    private static boolean isCount(String name) {
        char first = name.charAt(0);
        if (Digits.isAscii(first) || (NUMERALS.indexOf(first) >= 0 && name.length() > 1
                && (CLASSIFIERS.indexOf(name.charAt(1)) >= 0 || NUMERALS.indexOf(name.charAt(1)) >= 0))) {
            return true;
        }
        char last = name.charAt(name.length() - 1);
        char beforeLast = name.charAt(name.length() - 2);
        return CLASSIFIERS.indexOf(last) >= 0 && (Digits.isAscii(beforeLast) || NUMERALS.indexOf(beforeLast) >= 0);
    }

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithHead(String name) {
        String s = name.endsWith(")") && name.indexOf('(') > 0 ? name.substring(0, name.lastIndexOf('(')) : name;
        return endsWithAHead(s) || endsWithAHead(name);
    }

    private static boolean endsWithAHead(String s) {
        for (int k = 1; k <= Math.min(LONGEST_HEAD, s.length()); k++) {
            if (HEAD_SET.contains(s.substring(s.length() - k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name is made only of words that classify projects ({@code 省市重点产业项目}). */
    private static boolean isGeneric(String name) {
        return stripGeneric(name).isEmpty();
    }

    /** The name without the classifying words it starts with, longest first ({@code 市政} before {@code 市}). */
    private static String stripGeneric(String name) {
        String s = unquote(name);
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            for (int k = Math.min(LONGEST_GENERIC, s.length()); k > 0; k--) {
                if (GENERIC_SET.contains(s.substring(0, k))) {
                    s = s.substring(k);
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    private static String unquote(String name) {
        return name.replace("\"", "").replace("“", "").replace("”", "");
    }

    private static String[] distinct(String[] words) {
        return java.util.Arrays.stream(words).distinct().toArray(String[]::new);
    }

    private static int longest(String[] words) {
        return java.util.Arrays.stream(words).mapToInt(String::length).max().orElse(0);
    }
}
