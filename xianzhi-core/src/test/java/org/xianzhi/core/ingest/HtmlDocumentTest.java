package org.xianzhi.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class HtmlDocumentTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>弥渡县新闻</title>
            <style>.nav { color: red; } p::after { content: "样式文字"; }</style>
            <script>var 统计 = "脚本文字"; document.write("<p>脚本段落</p>");</script>
            </head>
            <body>
            <ul class="nav"><li>首页</li><li>政务公开</li></ul>
            <h1>弥渡县蔬菜产值达到28.6亿元</h1>
            <p>&nbsp;&nbsp;全县蔬菜种植面积31.5万亩，
            产值28.6亿元。</p>
            <p>&ldquo;弥渡卷蹄&rdquo;&amp;&ldquo;密祉芋头&rdquo;获评国家地理标志产品。<br>（记者 李春燕）</p>
            <div id="footer">版权所有 &copy; 2024 弥渡县人民政府</div>
            <noscript>请启用脚本</noscript>
            </body></html>
            """;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void dropsScriptsStylesAndTheHead() throws Exception {
        String text = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).original();

        assertThat(text).doesNotContain("脚本", "样式", "color", "弥渡县新闻", "请启用脚本");
    }

    @Test
    void decodesEntities() throws Exception {
        String text = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8)).original();

        assertThat(text).contains("“弥渡卷蹄”&“密祉芋头”获评", "版权所有 © 2024").doesNotContain("&ldquo;", "&amp;", "&nbsp;");
    }

    @Test
    void putsEveryBlockOnItsOwnLineSoParagraphsStaySeparate() throws Exception {
        SourceDocument doc = reader.read("page.html", PAGE.getBytes(StandardCharsets.UTF_8));

        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.original().split("\n")).containsExactly(
                "首页",
                "政务公开",
                "弥渡县蔬菜产值达到28.6亿元",
                "全县蔬菜种植面积31.5万亩， 产值28.6亿元。",
                "“弥渡卷蹄”&“密祉芋头”获评国家地理标志产品。",
                "（记者 李春燕）",
                "版权所有 © 2024 弥渡县人民政府");
    }

    @Test
    void followsTheMetaCharsetGb2312() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>湄潭县茶产业综合产值突破200亿元</p></body></html>";

        SourceDocument doc = reader.read("tea", page.getBytes(GBK));

        assertThat(doc.original()).isEqualTo("湄潭县茶产业综合产值突破200亿元");
        assertThat(doc.charset()).isEqualTo("GB18030");
    }

    @Test
    void detectsTheCharsetWhenThePageDeclaresAWrongOne() throws Exception {
        String page = "<html><head><meta charset=\"utf-8\"></head><body><p>洛川蘋果產值突破102億元，增長16.5%</p></body></html>";

        SourceDocument doc = reader.read("apple.htm", page.getBytes(Charset.forName("Big5")));

        assertThat(doc.original()).isEqualTo("洛川蘋果產值突破102億元，增長16.5%");
        assertThat(doc.charset()).isEqualTo("Big5");
    }

    @Test
    void recognisesAPageByItsExtensionEvenWithoutAnHtmlTag() throws Exception {
        SourceDocument doc = reader.read("fragment.HTML", "<p>第一段</p><p>第二段</p>".getBytes(StandardCharsets.UTF_8));

        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.original()).isEqualTo("第一段\n第二段");
    }

    @Test
    void leavesTextThatOnlyMentionsATagAlone() throws Exception {
        String text = "使用<p>标签分段，全县粮食产量12.9万吨。";

        SourceDocument doc = reader.read("note.txt", text.getBytes(StandardCharsets.UTF_8));

        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
        assertThat(doc.original()).isEqualTo(text);
    }

    @Test
    void keepsTableCellsApartOnTheirRow() throws Exception {
        String page = "<html><body><table><tr><th>指标</th><th>2023年</th></tr><tr><td>茶园面积</td><td>60万亩</td></tr></table></body></html>";

        assertThat(reader.read("t.html", page.getBytes(StandardCharsets.UTF_8)).original()).isEqualTo("指标 2023年\n茶园面积 60万亩");
    }

    @Test
    void aPageWithNothingInItsBodyIsEmpty() {
        byte[] page = "<html><head><title>标题</title><script>var a = 1;</script></head><body> &nbsp; </body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(ReadErrors.reasonFor(() -> reader.read("blank.html", page))).isEqualTo(UnreadableDocumentException.Reason.EMPTY);
    }
}
