package org.xianzhi.core.project;

/**
 * A verb that moves a project to a stage, and on which side of it the project's name stands: {@code 竣工投产} follows
 * the name ({@code X竣工投产}), {@code 开工建设} stands on either side ({@code 开工建设X}, {@code X开工建设}), {@code 实施}
 * precedes it ({@code 实施X工程}).
 */
record StageVerb(ProjectStage stage, boolean nameBefore, boolean nameAfter) {
}
