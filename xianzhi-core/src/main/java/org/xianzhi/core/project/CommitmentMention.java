package org.xianzhi.core.project;

import java.util.Objects;

/** A commitment as one document of a region made it. */
public record CommitmentMention(Commitment commitment, DocumentMoment document) {
    public CommitmentMention {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(document, "document");
    }
}
