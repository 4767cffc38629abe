package org.xianzhi.core.project;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.xianzhi.core.lexicon.PhraseMatch;
import org.xianzhi.core.lexicon.PhraseMatcher;
import org.xianzhi.core.text.Words;

/**
 * Finds who spoke or signed: a title that ends in an office ({@code 县长}, {@code 县委书记}, {@code 主任}) followed by
 * a person's name, as in speaker lines ({@code 县委副书记、政府县长 王小明:}), a work report's reporter
 * ({@code 浑源县人民政府县长 赵昱清}, the name alone on the next line) and interview heads
 * ({@code 本期嘉宾:市人大常委会副主任、西和县委书记王俊强}). The title runs back to the start of its clause, joined
 * titles included ({@code 县委副书记、政府县长}), after introducing words ({@code 出席的还有}, {@code 邀请到}). The title
 * must name a body or a place ({@code 县}, {@code 政府}, {@code 人大}) before its office, so {@code 总书记},
 * {@code 科主任}, {@code 市长、副市长} and a name before an office ({@code 王明县长于去年…}) are not officials. A name is
 * a surname and one or two characters that can stand in a given name ({@code 于去年} is none); its third character is
 * kept when what follows closes a name ({@code 李国强同志}, {@code 王俊强做客}). Someone the text only mentions is no
 * official: honoured ({@code 李强荣获…}), taking part ({@code 李强参加…}) or visiting ({@code 市委书记李强等领导到我县调研}).
 * Each person is reported once per document, where first named.
 */
final class OfficialReader {
    private static final String[] OFFICES = {"县长", "副县长", "区长", "副区长", "市长", "副市长", "省长", "副省长", "州长",
        "旗长", "镇长", "乡长", "书记", "副书记", "主任", "副主任", "局长", "副局长", "部长", "主席", "副主席", "秘书长",
        "常委", "总经理", "董事长"};
    /** A title must name one of these, or it is no office of a county's government. */
    private static final String[] BODIES = {"县", "区", "市", "省", "镇", "乡", "旗", "州", "盟", "政府", "人大", "政协",
        "党委", "党工委", "管委会", "局", "办", "中心", "部", "厅", "委"};
    /** Words that introduce a person before the title; the title starts after the last of them. */
    private static final String[] INTRODUCERS = {"还有", "邀请到", "邀请了", "采访了", "专访了", "嘉宾", "对话人", "出席",
        "的", "是", "由", "请", "了", "和", "与", "及", "就", "向", "代表", "会见", "会议上", "大会上"};
    /** Characters that end a name early when they stand third: {@code 王明说}, {@code 李强在}. */
    private static final String NAME_ENDS = "说表在作做接介同等和与主出指强讲率带到为对就向的了一也亲及各代专参指调";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
            + "严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅"
            + "童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
            + "娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑"
            + "迟邝干燕";
    /** Two-character words that start with a surname but are no name. */
    private static final Set<String> NOT_NAMES = Set.of("关于", "高度", "高质", "高标", "高效", "高水", "万元", "向着",
        "全面", "全力", "全县", "全市", "全省", "方面", "任务", "时间", "严格", "文化", "文明", "安全", "常务", "包括",
        "林业", "水平", "应急", "马上", "周边", "程度", "路线", "成为", "成功", "成立", "成效", "成果", "万人", "于是",
        "陆续", "何时", "和谐", "和美", "连续", "华北", "江苏", "齐心", "曲阳", "宁夏", "明确", "金融", "黄河", "党建",
        "党组", "党委", "卫生", "谷雨", "宋体", "易地", "解决", "尤其", "时代", "申报", "苗木", "车辆", "项目", "单位");
    /** Characters of time and grammar that stand in no given name: {@code 于去年}, {@code 全部开}. */
    private static final String NOT_GIVEN = "年月日去今的了在是个等各每第其这那此该之也与及或但就都还又被把从对为以部";
    /** Words after a name that close it: {@code 李国强同志}, {@code 王俊强做客}, {@code 陈志华:}. */
    private static final String[] NAME_FOLLOWERS = {"同志", "说", "表示", "介绍", "指出", "强调", "做客", "接受", "作", "做",
        "各位代表", ":", ",", "。"};
    /** Words after a name (and its {@code 同志}) that tell of someone mentioned, not someone speaking. */
    private static final String[] MENTIONED = {"荣获", "获得", "获评", "被评为", "被授予", "参加", "来我", "到我", "莅临", "等领导",
        "等同志", "一行"};
    /** How far after a name (and its {@code 同志}) a word of mention may stand: {@code 同志全程参加}. */
    private static final int MENTION_REACH = 4;
    /** How far a visit may be told after a name, within its sentence and line: a list of visitors runs long. */
    private static final int VISIT_REACH = 150;
    /** A visit told in the rest of the sentence: {@code …等领导先后到曲阳调研}. */
    private static final Pattern VISIT = Pattern.compile("(到|来|莅临)[^。]{0,12}(调研|视察|考察)");
    private static final PhraseMatcher<Boolean> MATCHER = build();

    private static PhraseMatcher<Boolean> build() {
        Map<String, Boolean> offices = new HashMap<>();
        for (String o : OFFICES) {
            offices.put(o, Boolean.TRUE);
        }
        return PhraseMatcher.of(offices);
    }

    /** A title and name found in normalized text; {@code [start, end)} runs from the title to the name's end. */
    record Found(String name, String title, int start, int end) {
    }

    List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PhraseMatch<Boolean> office : MATCHER.findAll(text)) {
            int nameStart = skipSpace(text, office.end());
            int nameEnd = nameEnd(text, nameStart);
            if (nameEnd < 0) {
                continue;
            }
            int titleStart = titleStart(text, office.start());
            String title = text.substring(titleStart, office.end()).strip();
            String name = text.substring(nameStart, nameEnd);
            if (title.equals(office.phrase()) || title.endsWith("总书记") || !names(withoutOffices(title), BODIES)
                    || title.length() > 40 || mentioned(text, nameEnd) || !seen.add(name)) {
                continue;
            }
            found.add(new Found(name, title, titleStart, nameEnd));
        }
        return found;
    }

    private static int skipSpace(String text, int i) {
        int lines = 0;
        // A lost character ({@code ?}) stands where a page's space was: {@code 代县长??杨曙光}.
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000'
                || text.charAt(i) == '?')) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
            i++;
        }
        return lines > 1 ? -1 : i;
    }

    /** The end of a 2–3 character name starting with a surname at {@code start}, or -1. */
    private static int nameEnd(String text, int start) {
        if (start < 0 || start + 2 > text.length() || SURNAMES.indexOf(text.charAt(start)) < 0
                || !isGiven(text.charAt(start + 1)) || NOT_NAMES.contains(text.substring(start, start + 2))) {
            return -1;
        }
        int end = start + 2;
        // 许勤许勤作报告: a name and its repetition, where the page's line break was lost.
        boolean repeated = text.startsWith(text.substring(start, end), end);
        if (end < text.length() && isGiven(text.charAt(end)) && !repeated
                && (NAME_ENDS.indexOf(text.charAt(end)) < 0 || !closesName(text, end) && closesName(text, end + 1))) {
            end++;
        }
        return end;
    }

    private static boolean isGiven(char c) {
        return isHan(c) && NOT_GIVEN.indexOf(c) < 0;
    }

    /** Whether the words at {@code at} close a name before them: a space or line end, or words that follow names. */
    private static boolean closesName(String text, int at) {
        if (at >= text.length() || Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '?'
                || text.charAt(at) == '\u3000') {
            return true;
        }
        for (String w : NAME_FOLLOWERS) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** The title without its office words: {@code 县委副书记、政府县长} → {@code 县委、政府}, {@code 王明县长} → {@code 王明}. */
    private static String withoutOffices(String title) {
        StringBuilder rest = new StringBuilder();
        int from = 0;
        for (PhraseMatch<Boolean> office : MATCHER.findAll(title)) {
            if (office.start() >= from) {
                rest.append(title, from, office.start());
                from = office.end();
            }
        }
        return rest.append(title.substring(from)).toString();
    }

    /** Whether the words after the name tell of someone mentioned rather than speaking or reporting. */
    private static boolean mentioned(String text, int nameEnd) {
        int at = text.startsWith("同志", nameEnd) ? nameEnd + 2 : nameEnd;
        if (text.startsWith(":", at) || text.startsWith("说", at)) {
            // 李强:来我县投资的企业…: a speaker's words follow, whatever they tell.
            return false;
        }
        // 刘红荣获: the word may begin on what was read as the name's third character; 李强同志全程参加: or a little after.
        String next = text.substring(nameEnd - 1, Math.min(text.length(), at + MENTION_REACH));
        if (Words.containsAny(next, MENTIONED)) {
            return true;
        }
        int end = at;
        while (end < text.length() && end - at < VISIT_REACH && text.charAt(end) != '。' && text.charAt(end) != '\n') {
            end++;
        }
        return VISIT.matcher(text.substring(at, end)).find();
    }

    private static int titleStart(String text, int officeStart) {
        int i = officeStart;
        while (i > 0 && !isBoundary(text.charAt(i - 1))) {
            i--;
        }
        int cut = i;
        String words = text.substring(i, officeStart);
        for (String w : INTRODUCERS) {
            int at = words.lastIndexOf(w);
            if (at >= 0 && i + at + w.length() > cut) {
                cut = i + at + w.length();
            }
        }
        return cut;
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || ",。:;!?()“”\"'《》，：；！？（）".indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean names(String title, String[] words) {
        for (String w : words) {
            if (title.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
