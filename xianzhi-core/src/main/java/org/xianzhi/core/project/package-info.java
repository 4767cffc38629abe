/**
 * Key projects, promises and officials (PROJECTS.md): reads from a normalized document the project events (a named
 * project started, completed, put into operation…), the commitments with deadlines and the officials who spoke or
 * signed, each with offsets into the original text like facts; scores them against gold; and follows projects across
 * a region's documents to judge each promise kept, late, overdue or open.
 */
package org.xianzhi.core.project;
