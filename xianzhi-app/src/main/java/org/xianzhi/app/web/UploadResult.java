package org.xianzhi.app.web;

import java.util.List;

/**
 * What became of an uploaded document.
 *
 * @param id     its id (SHA-256 of its bytes)
 * @param file   the name it was stored under
 * @param stored true when it was new; false when the store already held it
 * @param facts  how many facts it has in the store
 * @param dropped facts read from it but refused (a figure no store column holds), one line each with the reason
 */
public record UploadResult(String id, String file, boolean stored, int facts, List<String> dropped) {
    public UploadResult {
        dropped = List.copyOf(dropped);
    }
}
