package org.xianzhi.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xianzhi.core.fact.Status;

/** PROJECTS.md's scoring rule: keys and overlapping evidence make a match; names are scored apart; deadlines equal. */
class ProjectScorerTest {
    private static ScoredRecord event(String name, int start, String deadline) {
        return new ScoredRecord("a.txt", RecordKind.PROJECT, "临泽县", ProjectStage.OPERATING, Status.TARGET, 2025, name,
                deadline == null ? null : LocalDate.parse(deadline), start, start + 20, "");
    }

    @Test
    void matchesByKeysAndOverlapAndScoresNamesApart() {
        List<ScoredRecord> gold = List.of(event("丹霞温泉康养中心", 0, "2025-05-31"), event("板桥至平川公路", 100, null));
        List<ScoredRecord> produced = List.of(event("温泉康养中心", 5, "2025-05-31"), event("板桥", 110, "2025-12-31"),
                event("城东幼儿园", 300, null));
        ProjectScorer.Score s = new ProjectScorer().score(RecordKind.PROJECT, gold, produced);
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.named()).isEqualTo(1);
        assertThat(s.f1()).isEqualTo(0.8);
        assertThat(s.deadlinesAgreed()).isEqualTo(1);
        assertThat(s.deadlinesCompared()).isEqualTo(2);
        assertThat(s.falseHits()).extracting(ScoredRecord::words).containsExactly("城东幼儿园");
    }

    @Test
    void characterOverlapIsSymmetricAndBounded() {
        assertThat(ScoredRecord.characterF1("县一中整体搬迁工程", "县一中整体搬迁工程")).isEqualTo(1.0);
        assertThat(ScoredRecord.characterF1("县一中", "沙河小学")).isZero();
        assertThat(ScoredRecord.characterF1("屈家沟幼儿园", "幼儿园")).isEqualTo(ScoredRecord.characterF1("幼儿园", "屈家沟幼儿园"));
    }
}
