package org.xianzhi.core.project;

import java.util.List;

/**
 * One project of a region followed across its documents: every mention in document order, the furthest stage an
 * actual event reached, and the warning colour of its promises (the worst verdict; grey when it promised nothing).
 *
 * @param key      the normalized name that groups the mentions
 * @param name     the name as the latest document wrote it
 * @param timeline the mentions, oldest document first
 * @param reached  the furthest stage reported done, or null
 * @param level    the level any mention gave, or null
 * @param colour   green, yellow, red or grey
 */
public record TrackedProject(String region, String regionCode, String key, String name, List<ProjectMention> timeline,
                             ProjectStage reached, ProjectLevel level, String colour) {
    public TrackedProject {
        timeline = List.copyOf(timeline);
    }
}
