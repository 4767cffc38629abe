package org.xianzhi.core.normalize;

import java.util.List;
import java.util.Locale;

/**
 * Recognises lines of page chrome: what a web page or newspaper prints around the article and no fact lives in.
 * Every rule needs a clear signal (a label such as {@code 责任编辑:}, a copyright phrase, a photo credit ending in
 * {@code 摄}, a caption marker such as {@code 图为} or an arrow, a bar of short links) and a short line, so that a
 * heading such as {@code 产业发展水平进一步提升} or {@code 一、2023年工作回顾} is never taken for chrome. Bare
 * captions without any such signal are kept: telling them from headings needs more than one line can show.
 *
 * <p>Rules look at the line without its whitespace, so removing stray spaces never turns a kept line into chrome.
 */
final class PageChrome {
    private static final List<String> LABELS = List.of("责任编辑", "责编", "编辑", "编审", "审核", "校对", "终审", "初审",
            "复审", "监制", "来源", "稿源", "信息来源", "文章来源", "图片来源", "图片", "摄影", "作者", "当前位置", "您的位置",
            "您现在的位置", "所在位置");
    private static final List<String> COPYRIGHT = List.of("版权所有", "copyright", "©", "allrightsreserved", "icp备",
            "icp证", "公网安备", "主办单位", "承办单位", "主办:", "未经授权", "禁止转载", "违者将依法追究");
    /** The first characters of the copyright phrases and of {@code 不代表…观点}, either case: most lines have none. */
    private static final String COPYRIGHT_STARTS = "版cC©aAiI公主承未禁违不";
    private static final List<String> BYLINES = List.of("本报记者", "记者", "见习记者", "通讯员", "特约记者");
    private static final String CAPTION_MARKS = "▲△↑↓←→➡⬅⬆⬇";
    private static final String SENTENCE_PUNCTUATION = "。,，;；!！?？";

    private PageChrome() {
    }

    /** Whether the whole line is chrome. */
    static boolean isChrome(String line) {
        int visible = 0;
        for (int i = 0; i < line.length(); i++) {
            visible += LayoutNoiseFilter.isSpace(line.charAt(i)) ? 0 : 1;
        }
        if (visible == 0 || visible > 160) {
            return false;
        }
        String compact = visible == line.length() ? line : withoutWhitespace(line);
        String inner = unbracketed(compact);
        return isLabelled(inner) || isCopyright(compact) || isNavigationBar(compact) || isPhotoCredit(line, inner)
                || isByline(line, compact) || isCaption(compact, inner) || isWeekday(compact);
    }

    /** {@code 【编辑:郭某】}, {@code 责任编辑:张某}, {@code 来源:某某发布}, {@code (图片来源:…)}; brackets already off. */
    private static boolean isLabelled(String inner) {
        if (inner.length() > 50) {
            return false;
        }
        for (String label : LABELS) {
            if (inner.startsWith(label) && inner.length() > label.length()) {
                char next = inner.charAt(label.length());
                if (next == ':' || next == '：') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isCopyright(String compact) {
        if (compact.length() > 120) {
            return false;
        }
        if (!anyOf(compact, COPYRIGHT_STARTS)) {
            return false;
        }
        String lower = compact.toLowerCase(Locale.ROOT);
        for (String phrase : COPYRIGHT) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        int disclaims = lower.indexOf("不代表");
        return disclaims >= 0 && lower.indexOf("观点", disclaims) > 0;
    }

    /** A bar of at least five short links without digits: {@code 安徽|北京|重庆|…}, {@code 首页|新闻|政务|…}. */
    private static boolean isNavigationBar(String compact) {
        int items = 0;
        int itemStart = 0;
        for (int i = 0; i <= compact.length(); i++) {
            if (i == compact.length() || compact.charAt(i) == '|' || compact.charAt(i) == '｜') {
                int length = i - itemStart;
                if (length > 10) {
                    return false;
                }
                if (length > 0) {
                    items++;
                }
                itemStart = i + 1;
                continue;
            }
            char c = compact.charAt(i);
            if (Character.isDigit(c) || SENTENCE_PUNCTUATION.indexOf(c) >= 0 || c == '。') {
                return false;
            }
        }
        return items >= 5;
    }

    /** {@code 本报记者 某某 摄}, {@code (某某 摄)}, {@code 某某/摄}, {@code 某某 供图}. */
    private static boolean isPhotoCredit(String line, String inner) {
        if (inner.length() > 40 || hasSentencePunctuation(inner)) {
            return false;
        }
        boolean credit = inner.endsWith("摄") || inner.endsWith("摄影") || inner.endsWith("供图");
        if (!credit) {
            return false;
        }
        if (inner.endsWith("/摄") || inner.contains("记者") || inner.contains("通讯员") || inner.endsWith("供图")) {
            return true;
        }
        // A bare name before 摄 is a credit only when set apart by a space, as in 某某 摄; 航拍摄 is not.
        int mark = line.lastIndexOf('摄');
        return mark > 0 && LayoutNoiseFilter.isSpace(line.charAt(mark - 1));
    }

    /**
     * {@code 记者 某某 通讯员 某某}: a byline without a sentence in it, the name set apart by a space or followed by a
     * second byline word. {@code 记者朋友们:} is an address, not a byline.
     */
    private static boolean isByline(String line, String compact) {
        if (compact.length() > 30 || hasSentencePunctuation(compact) || compact.endsWith(":") || compact.endsWith("：")) {
            return false;
        }
        String trimmed = line.strip();
        for (String byline : BYLINES) {
            if (compact.startsWith(byline) && compact.length() > byline.length()) {
                boolean spaced = trimmed.startsWith(byline) && trimmed.length() > byline.length()
                        && LayoutNoiseFilter.isSpace(trimmed.charAt(byline.length()));
                if (spaced || compact.indexOf("通讯员", byline.length()) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code 图为…}, {@code ▲…}, {@code ↑西和县…}: captions that say they are captions. */
    private static boolean isCaption(String compact, String inner) {
        if (compact.length() > 120) {
            return false;
        }
        return inner.startsWith("图为") || inner.startsWith("资料图") || CAPTION_MARKS.indexOf(compact.charAt(0)) >= 0;
    }

    /** {@code 星期一}, {@code 周三}: the weekday of a newspaper page, alone on its line. */
    private static boolean isWeekday(String compact) {
        String days = "一二三四五六日天";
        return (compact.length() == 3 && compact.startsWith("星期") && days.indexOf(compact.charAt(2)) >= 0)
                || (compact.length() == 3 && compact.startsWith("礼拜") && days.indexOf(compact.charAt(2)) >= 0)
                || (compact.length() == 2 && compact.charAt(0) == '周' && days.indexOf(compact.charAt(1)) >= 0);
    }

    private static boolean hasSentencePunctuation(String s) {
        return anyOf(s, SENTENCE_PUNCTUATION);
    }

    private static boolean anyOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The line without one pair of enclosing brackets: {@code 【编辑:某某】} → {@code 编辑:某某}. */
    private static String unbracketed(String compact) {
        int from = 0;
        int to = compact.length();
        if (to > 0 && "(（【[".indexOf(compact.charAt(0)) >= 0) {
            from = 1;
        }
        if (to > from && ")）】]".indexOf(compact.charAt(to - 1)) >= 0) {
            to--;
        }
        return compact.substring(from, to);
    }

    static String withoutWhitespace(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!LayoutNoiseFilter.isSpace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
