package org.xianzhi.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ColumnsTest {
    @Property
    void storableTextKeepsLengthAndCleanCharactersAndEncodesToUtf8AndBack(@ForAll String text) {
        String stored = Columns.storable(text);
        assertThat(stored).hasSameSizeAs(text).doesNotContain("\u0000");
        assertThat(new String(stored.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(stored);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != 0 && !Character.isSurrogate(c)) {
                assertThat(stored.charAt(i)).isEqualTo(c);
            }
        }
    }
}
