package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.errors.PartnerCenterErrorCodes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Item 5: the documented transfer error codes are constants, and an exception can be asked for one. */
class ErrorCodesTest {

    private static Map<String, String> documented() {
        Map<String, String> codes = new LinkedHashMap<>();
        for (String line : Fixtures.text("fixtures/error-codes/documented.tsv").split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cols = line.split("\t");
                codes.put(cols[0], cols[1]);
            }
        }
        return codes;
    }

    @Test
    void everyDocumentedCodeIsAConstantAndEveryConstantIsDocumented() throws Exception {
        Map<String, String> constants = Arrays.stream(PartnerCenterErrorCodes.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()))
                .collect(Collectors.toMap(Field::getName, f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }, (a, b) -> a, LinkedHashMap::new));
        assertThat(constants).containsExactlyInAnyOrderEntriesOf(documented());
        assertThat(documented().values()).contains("900100", "900101", "900102", "900103", "900104", "800078");
    }

    @Test
    void hasErrorCodeComparesTheCodeAsText() {
        NotFoundException e = new NotFoundException(Map.of(), "r", "c",
                new PartnerCenterErrorBody("900100", "Transfer not found", null, "PartnerFD"), "{}");
        assertThat(e.hasErrorCode(PartnerCenterErrorCodes.TRANSFER_ID_NOT_FOUND)).isTrue();
        assertThat(e.hasErrorCode(PartnerCenterErrorCodes.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS)).isFalse();
        assertThat(e.hasErrorCode(null)).isFalse();
        NotFoundException noBody = new NotFoundException(Map.of(), "r", "c", null, "");
        assertThat(noBody.hasErrorCode(PartnerCenterErrorCodes.TRANSFER_ID_NOT_FOUND)).isFalse();
    }
}
