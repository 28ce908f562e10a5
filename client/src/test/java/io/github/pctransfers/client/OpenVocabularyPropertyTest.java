package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.pctransfers.client.model.LineItemStatus;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransfersJson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Over any spelling: case variants are one value with one hash, and the spelling read is the one written. */
class OpenVocabularyPropertyTest {
    private final ObjectMapper mapper = TransfersJson.newObjectMapper();

    private static String flipCase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }

    @Property
    void caseVariantsAreEqualWithEqualHashes(@ForAll @StringLength(max = 30) String spelling) {
        TransferStatus a = TransferStatus.fromString(spelling);
        TransferStatus b = TransferStatus.fromString(flipCase(spelling));
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
        assertThat(a.value()).isEqualTo(spelling);
    }

    @Property
    void anySpellingSurvivesAJsonRoundTrip(@ForAll @StringLength(max = 30) String spelling) throws Exception {
        String json = mapper.writeValueAsString(spelling);
        LineItemStatus read = mapper.readValue(json, LineItemStatus.class);
        assertThat(read.value()).isEqualTo(spelling);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }
}
