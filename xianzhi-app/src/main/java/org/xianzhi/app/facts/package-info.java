/** Facts on the wire: JSONL and CSV in FACTS.md's field names, and gold files for scoring. */
package org.xianzhi.app.facts;
