package org.xianzhi.app.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.xianzhi.app.quality.QualityCheck;

/** The words of the pages: simplified Chinese, or English when asked for. */
final class Labels {
    /** key, Chinese, English. */
    private static final String[][] WORDS = {
        {"site", "县志", "Xianzhi"},
        {"tagline", "县级政府文件中的数据，每个数字都有出处", "County government documents as data, every figure with its source"},
        {"home", "首页", "Home"},
        {"region", "区域", "Region"},
        {"regions", "区域", "Regions"},
        {"indicator", "指标", "Indicator"},
        {"indicators", "指标", "Indicators"},
        {"year", "年份", "Year"},
        {"target", "目标", "Target"},
        {"actual", "实际", "Actual"},
        {"status", "状态", "Status"},
        {"met", "已完成", "Met"},
        {"close", "接近", "Close"},
        {"missed", "未完成", "Missed"},
        {"no_actual", "暂无实际", "No actual yet"},
        {"compare", "对比", "Compare"},
        {"targets", "目标跟踪", "Targets"},
        {"projects", "重点项目", "Projects"},
        {"promises", "承诺兑现", "Promises"},
        {"officials", "负责人", "Officials"},
        {"official", "姓名", "Name"},
        {"title", "职务", "Title"},
        {"date", "日期", "Date"},
        {"project", "项目", "Project"},
        {"timeline", "进展", "Timeline"},
        {"reached", "已达阶段", "Reached"},
        {"level", "级别", "Level"},
        {"colour", "预警", "Warning"},
        {"stage", "阶段", "Stage"},
        {"promise", "承诺", "Promise"},
        {"deadline", "期限", "Deadline"},
        {"verdict", "结果", "Verdict"},
        {"promised", "承诺原文", "Promised"},
        {"reported", "兑现原文", "Reported"},
        {"signed", "签约", "Signed"},
        {"approved", "立项", "Approved"},
        {"started", "开工", "Started"},
        {"building", "在建", "Building"},
        {"completed", "竣工", "Completed"},
        {"operating", "投产运营", "Operating"},
        {"national", "国家级", "National"},
        {"provincial", "省级", "Provincial"},
        {"city", "市级", "City"},
        {"county", "县级", "County"},
        {"green", "绿", "Green"},
        {"yellow", "黄", "Yellow"},
        {"red", "红", "Red"},
        {"grey", "灰", "Grey"},
        {"kept", "按期兑现", "Kept"},
        {"late", "逾期兑现", "Late"},
        {"overdue", "逾期未兑现", "Overdue"},
        {"open", "未到期", "Open"},
        {"documents", "文档", "Documents"},
        {"document", "文档", "Document"},
        {"facts", "事实", "Facts"},
        {"fact", "事实", "Fact"},
        {"search", "搜索", "Search"},
        {"search_placeholder", "搜索文档，如：地区生产总值", "Search documents, e.g. 地区生产总值"},
        {"results", "搜索结果", "Search results"},
        {"no_results", "没有结果", "No results"},
        {"measure", "测度", "Measure"},
        {"period", "期间", "Period"},
        {"unit", "单位", "Unit"},
        {"value", "数值", "Value"},
        {"file", "文件", "File"},
        {"date", "日期", "Date"},
        {"kind", "类型", "Kind"},
        {"ranks", "排名", "Ranks"},
        {"rank", "排名", "Rank"},
        {"scope", "范围", "Scope"},
        {"latest", "最新文档", "Latest documents"},
        {"covered", "覆盖区域", "Regions covered"},
        {"any", "全部", "Any"},
        {"filter", "筛选", "Filter"},
        {"download", "下载", "Download"},
        {"documents_found", "共 %d 篇文档，显示前 %d 篇", "%d documents match; the first %d shown"},
        {"rows_of", "第 %d–%d 条，共 %d 条", "Rows %d–%d of %d"},
        {"previous", "上一页", "Previous"},
        {"next", "下一页", "Next"},
        {"report_year", "报告年份（目标→实际）", "Report year (target → actual)"},
        {"data_table", "数据表", "Data table"},
        {"wide_table", "指标×年份（实际、目标、差距）", "Indicators × years (actual, target, gap)"},
        {"wide_note", "每行一个区域的一个指标；差距＝目标−实际：增速、比重、变化以百分点计，排名以位次计，数值以目标的百分比计",
                "One row per region and indicator; gap = target − actual: growth, share and change in points, ranks in places, values in percent of the target"},
        {"latest_values", "最新数值", "Latest values"},
        {"regions_all_when_none", "区域（不选则为全部）", "Regions (none chosen: all)"},
        {"region_code", "代码", "Code"},
        {"latest_actual_year", "最新实际年份", "Latest actual: year"},
        {"latest_actual", "最新实际", "Latest actual"},
        {"latest_target_year", "最新目标年份", "Latest target: year"},
        {"latest_target", "最新目标", "Latest target"},
        {"gap", "差距", "Gap"},
        {"actual_document_date", "文档日期", "Document date"},
        {"actual_file", "文件", "File"},
        {"actual_sentence", "原句", "Sentence"},
        {"actual_link", "出处", "Source"},
        {"source", "出处", "Source"},
        {"sentence", "原句", "Sentence"},
        {"as_written", "原文写法", "As written"},
        {"qualifier", "限定", "Qualifier"},
        {"offsets", "位置", "Offsets"},
        {"exact", "准确", "Exact"},
        {"about", "约", "About"},
        {"over", "以上", "Over"},
        {"under", "以下", "Under"},
        {"code", "代码", "Code"},
        {"growth", "增长率", "Growth"},
        {"share", "占比", "Share"},
        {"change", "变化", "Change"},
        {"work_report", "政府工作报告", "Work report"},
        {"press_conference", "新闻发布会", "Press conference"},
        {"interview", "访谈", "Interview"},
        {"other", "其他", "Other"},
        {"original_text", "原文（已标出抽取的事实，点击查看字段）", "Original text (extracted facts marked; click one for its fields)"},
        {"fact_sentences", "事实所在的句子（批量导入未带原文；点击查看字段）",
            "The facts' sentences (a batch import carries no text; click one for its fields)"},
        {"click_fact", "点击高亮部分查看事实字段", "Click a highlighted passage to see the fact's fields"},
        {"choose", "请选择指标和至少一个区域", "Choose an indicator and at least one region"},
        {"shown_first", "仅显示前", "Showing the first"},
        {"rows", "行", "rows"},
        {"error", "出错了", "Something went wrong"},
        {"language", "English", "中文"},
        {"chart_note", "点击图中的点可查看出处", "Click a point to open its source sentence"},
        {"upload_note", "只读模式", "read-only"},
        {"over_years", "历年指标", "Indicators over the years"},
        {"quality", "存疑数据", "Quality flags"},
        {"picker_filter", "筛选指标，如：收入", "Filter indicators, e.g. income"},
        {"picker_core", "核心指标", "Core"},
        {"picker_all", "全部", "All"},
        {"picker_none", "清空", "None"},
        {"core_indicators", "核心指标", "Core indicators"},
        {"other_indicators", "其他指标", "Other indicators"},
        {"hierarchy", "行政层级", "Divisions"},
        {"subregions", "下辖区域", "Regions below"},
        {"subregions_note", "各区域最新的实际数据（点击数字查看出处）", "Each region's latest actual figures (click one for its source)"},
        {"map", "地图", "Map"},
        {"map_link", "在地图上查看", "See them on the map"},
        {"map_note", "省份按本省数据着色，地级市以圆点表示；下表列出所有有数据的区域", "Provinces are coloured by their own figure, prefectures are dots; the table lists every region with a figure"},
        {"no_data", "无数据", "no data"},
        {"level_province", "省级", "Province"},
        {"level_prefecture", "地级", "Prefecture"},
        {"level_county", "县级", "County"},
        {"latest_year", "最新", "latest"},
        {"show", "显示", "Show"},
        {"quality_note", "与指标常理或本地区其他报告不符的数据，附原因；可在上方隐藏", "Figures implausible for their indicator or at odds with the region's other reports, with the reason; hide them above"},
        {"hide_flagged", "隐藏存疑数据", "Hide flagged facts"},
        {"reason", "原因", "Reason"},
    };
    private static final Map<String, String[]> BY_KEY = new HashMap<>();

    static {
        for (String[] w : WORDS) {
            BY_KEY.put(w[0], w);
        }
        for (QualityCheck c : QualityCheck.values()) {
            BY_KEY.put(c.label(), new String[] {c.label(), c.chinese(), c.english()});
        }
    }

    static final Labels CHINESE = new Labels(1, "zh-CN", "zh");
    static final Labels ENGLISH = new Labels(2, "en", "en");

    private final int column;
    private final String htmlLang;
    private final String code;

    private Labels(int column, String htmlLang, String code) {
        this.column = column;
        this.htmlLang = htmlLang;
        this.code = code;
    }

    /** English for {@code en}, Chinese for anything else. */
    static Labels of(String language) {
        return "en".equals(language) ? ENGLISH : CHINESE;
    }

    /** The word for a key; a key without a word is shown as it is, so that a missing word never breaks a page. */
    String t(String key) {
        String[] w = BY_KEY.get(key.toLowerCase(Locale.ROOT));
        return w == null ? key : w[column];
    }

    String htmlLang() {
        return htmlLang;
    }

    String code() {
        return code;
    }

    /** The other language's code, for the toggle. */
    String other() {
        return this == ENGLISH ? "zh" : "en";
    }
}
