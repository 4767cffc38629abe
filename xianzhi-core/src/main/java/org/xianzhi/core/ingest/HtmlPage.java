package org.xianzhi.core.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page: how to recognise one, the charset it declares, and the text of its body as a reader sees it — scripts
 * and styles dropped, entities decoded, each block element on its own line so that paragraphs stay apart. Navigation
 * bars and footers are kept: they are the page's own text, and telling them from the article is the normalizer's job.
 */
final class HtmlPage {
    private static final Set<String> EXTENSIONS = Set.of(".html", ".htm", ".xhtml", ".shtml");
    /** Enough of the file to find the doctype, the html element and the meta charset on any real page. */
    private static final int HEAD_WINDOW = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    /** Elements whose content a reader never sees as text. */
    private static final String DROPPED = "script, style, noscript, template, svg, iframe, object, canvas";
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre",
            "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul", "br", "option", "menu");
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlPage() {
    }

    /** An HTML file name, or content that opens like a page (a doctype or an html, head or body tag near the start). */
    static boolean looksLikeHtml(String file, CharSequence text) {
        String name = file.toLowerCase(Locale.ROOT);
        for (String extension : EXTENSIONS) {
            if (name.endsWith(extension)) {
                return true;
            }
        }
        String head = text.subSequence(0, Math.min(text.length(), HEAD_WINDOW)).toString().toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.contains("<head>");
    }

    /**
     * The charset named by a {@code <meta charset>} or {@code http-equiv} tag in the first bytes of a file that looks
     * like a page, if Java knows it; nothing for other files, whose text may mention "charset=" by chance.
     */
    static Optional<Charset> declaredCharset(String file, byte[] bytes) {
        // Every charset a page can declare this way is ASCII-compatible in its markup, so Latin-1 reads the tag.
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD_WINDOW), StandardCharsets.ISO_8859_1);
        if (!looksLikeHtml(file, head)) {
            return Optional.empty();
        }
        Matcher matcher = META_CHARSET.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk") || name.startsWith("gb_2312")
                || name.equals("cp936")) {
            // Pages labelled gb2312 routinely use GBK characters; GB18030 reads both.
            return Optional.of(TextDecoder.GB18030);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The visible text of the page's body, one block per line, lines trimmed, blank lines dropped. */
    static String bodyText(String html) {
        Document page = Jsoup.parse(html);
        page.select(DROPPED).remove();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(out, text);
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (BLOCKS.contains(name)) {
                        out.append('\n');
                    } else if (CELLS.contains(name)) {
                        out.append(' ');
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    out.append('\n');
                }
            }
        }, page.body());
        return joinLines(out);
    }

    private static void appendText(StringBuilder out, TextNode text) {
        Element parent = text.parentElement();
        boolean preformatted = parent != null && parent.normalName().equals("pre");
        out.append(preformatted ? text.getWholeText() : text.text());
    }

    private static String joinLines(CharSequence raw) {
        StringBuilder text = new StringBuilder(raw.length());
        for (String line : raw.toString().split("\n")) {
            String trimmed = trim(line);
            if (!trimmed.isEmpty()) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(trimmed);
            }
        }
        return text.toString();
    }

    /** Strips ASCII and Unicode white space and no-break spaces ({@code &nbsp;}) at both ends of a line. */
    private static String trim(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
