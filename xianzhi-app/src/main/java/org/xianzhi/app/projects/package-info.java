/** Project events, commitments and officials on the wire: JSONL and CSV in PROJECTS.md's field names, and gold files. */
package org.xianzhi.app.projects;
