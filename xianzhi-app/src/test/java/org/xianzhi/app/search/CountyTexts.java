package org.xianzhi.app.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.xianzhi.app.store.DocumentKind;
import org.xianzhi.app.store.StoredDocument;
import org.xianzhi.core.ingest.DocumentFormat;
import org.xianzhi.core.normalize.Normalizer;
import org.xianzhi.core.segment.DocumentDate;

/** Stored documents made from county-report sentences written for the search tests. */
final class CountyTexts {
    private static final Normalizer NORMALIZER = Normalizer.standard();
    private static final Instant AT = Instant.parse("2024-03-01T08:00:00Z");

    private CountyTexts() {
    }

    /** A document of {@code original} text, normalized as the pipeline would, its id the hash of the text. */
    static StoredDocument document(String file, String region, DocumentDate date, String original) {
        return new StoredDocument(id(original), file, DocumentFormat.TEXT, "UTF-8", original,
                NORMALIZER.normalize(original).text(), region == null ? null : "511923", region, date,
                DocumentKind.WORK_REPORT, 0, AT, AT);
    }

    static StoredDocument document(String file, String original) {
        return document(file, "平昌县", new DocumentDate(2024, 1, 15), original);
    }

    static String id(String original) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(original.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalize(String original) {
        return NORMALIZER.normalize(original).text();
    }
}
