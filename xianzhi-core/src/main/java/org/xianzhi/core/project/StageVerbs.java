package org.xianzhi.core.project;

import java.util.HashMap;
import java.util.Map;

import org.xianzhi.core.lexicon.PhraseMatcher;

/**
 * The verbs of PROJECTS.md's stages, each with the side its project's name stands on. Compound verbs
 * ({@code 建成投产}, {@code 竣工通车}) are entries of their own so that the furthest stage wins; {@code 主体完工} is
 * building, since only the main structure is done.
 */
final class StageVerbs {
    /** Rows: stage, side ("a": name before the verb, {@code X投产}; "b": name after it, {@code 实施X}; "e": either). */
    private static final String AFTER_NAME = "a";
    private static final String BEFORE_NAME = "b";

    private static final String[][] VERBS = {
        {"signed", "e", "签约", "成功签约", "签约落地", "签约落户"},
        {"signed", "a", "落地", "落户", "相继签约落地"},
        {"approved", "a", "立项", "核准", "获批", "备案"},
        {"started", "e", "开工建设", "启动建设", "新开工", "开工"},
        {"started", "a", "开复工", "动工", "破土动工"},
        {"started", "b", "启动实施", "启动", "开建"},
        {"building", "e", "加快建设", "加快推进", "加速推进", "全速推进", "积极推进", "稳步推进", "有序推进"},
        {"building", "a", "快速推进", "加速建设", "主体完工", "主体封顶", "完成主体", "进展顺利", "顺利推进"},
        {"building", "b", "持续推进", "继续推进", "全力推进", "推进", "续建", "实施", "建设", "新建", "改扩建", "改建", "扩建", "建好",
            "新建改建", "加快"},
        {"completed", "e", "建成"},
        {"completed", "a", "竣工", "完工", "基本完工", "建设完工", "竣工验收", "完成建设", "建设完成"},
        {"completed", "b", "完成"},
        {"operating", "a", "投产", "投用", "投入使用", "投入运营", "投入运行", "运营", "通车", "挂牌运营", "挂牌成立",
            "挂牌", "达产", "试生产", "复产", "开园运营", "交付使用", "开业运营", "开业", "并网发电", "并网", "通水",
            "建成投产", "建成投用", "竣工投产", "竣工运营", "竣工通车", "建成运营", "建成运行", "搬迁投用", "投产达效",
            "建成通车", "正式运营", "建成使用", "全面投用", "开园", "启用", "建成启用", "投入启用", "开通运营", "开通投用",
            "建成开放", "交付入住"},
    };


    private StageVerbs() {
    }

    static PhraseMatcher<StageVerb> matcher() {
        return MATCHER;
    }

    /** Words that hold a verb but are none: {@code 建设局家属楼}. Matched so that the verb inside them is not. */
    private static final String[] NOT_VERBS = {"建设局", "建设厅", "建设部", "建设银行", "建设集团", "建设路", "建设大街",
        "建设街", "住建", "建设用地", "建设规划", "建设标准", "建设示范区", "建设示范县", "建设示范市", "建设示范村"};
    /** The value of words that are no verb; callers skip matches of it. */
    static final StageVerb NONE = new StageVerb(null, false, false);
    private static final PhraseMatcher<StageVerb> MATCHER = build();

    private static PhraseMatcher<StageVerb> build() {
        Map<String, StageVerb> verbs = new HashMap<>();
        for (String word : NOT_VERBS) {
            verbs.put(word, NONE);
        }
        for (String[] row : VERBS) {
            ProjectStage stage = ProjectStage.ofLabel(row[0]);
            boolean before = !row[1].equals(BEFORE_NAME);
            boolean after = !row[1].equals(AFTER_NAME);
            for (int i = 2; i < row.length; i++) {
                if (verbs.put(row[i], new StageVerb(stage, before, after)) != null) {
                    throw new IllegalStateException("stage verb listed twice: " + row[i]);
                }
            }
        }
        return PhraseMatcher.of(verbs);
    }
}
