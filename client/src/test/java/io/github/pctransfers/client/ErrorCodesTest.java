package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.errors.PartnerCenterErrorCodes;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.http.RetryPolicy;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transfer error code of the error-codes page ({@code fixtures/error-codes/documented.tsv}, transcribed from
 * the page) is a constant of {@link PartnerCenterErrorCodes} and {@link DocumentedErrorCode} with its status and
 * wording, is listed by the spec's error response of that status, and reaches the typed exception of its status.
 */
class ErrorCodesTest extends WireMockTestBase {

    /** One row of the transcription. */
    static final class Row {
        final String name;
        final String code;
        final int status;
        final String exception;
        final String wording;

        Row(String[] cols) {
            this.name = cols[0];
            this.code = cols[1];
            this.status = Integer.parseInt(cols[2]);
            this.exception = cols[3];
            this.wording = cols[4];
        }

        @Override
        public String toString() {
            return code + " " + name + " (HTTP " + status + ")";
        }
    }

    static List<Row> documented() {
        return Arrays.stream(Fixtures.text("fixtures/error-codes/documented.tsv").split("\n"))
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> new Row(line.split("\t")))
                .collect(Collectors.toList());
    }

    /** The error response component of the spec that each status uses. */
    private static final Map<Integer, String> SPEC_RESPONSE = Map.of(400, "BadRequest", 401, "Unauthorized",
            403, "Forbidden", 404, "NotFound", 409, "Conflict", 500, "ServerError");
    private static final Pattern LISTED_CODE = Pattern.compile("`([0-9]{6})`");

    @Test
    void everyDocumentedCodeIsAConstantAndEveryConstantIsDocumented() throws Exception {
        Map<String, String> constants = new LinkedHashMap<>();
        for (Field f : PartnerCenterErrorCodes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                constants.put(f.getName(), (String) f.get(null));
            }
        }
        Map<String, String> rows = documented().stream()
                .collect(Collectors.toMap(r -> r.name, r -> r.code, (a, b) -> a, LinkedHashMap::new));

        assertThat(constants).containsExactlyInAnyOrderEntriesOf(rows);
        assertThat(rows.values()).contains("900100", "900104", "800078", "900131", "900139", "900145", "900148");
    }

    @Test
    void everyDocumentedCodeCarriesItsStatusAndWording() {
        List<Row> rows = documented();
        assertThat(DocumentedErrorCode.values()).hasSameSizeAs(rows);
        for (Row row : rows) {
            DocumentedErrorCode constant = DocumentedErrorCode.valueOf(row.name);
            assertThat(constant.code()).as(row.name).isEqualTo(row.code);
            assertThat(constant.httpStatus()).as(row.name).isEqualTo(row.status);
            assertThat(constant.wording()).as(row.name).isEqualTo(row.wording);
            assertThat(PartnerCenterErrorCodes.documented(" " + row.code + " ")).as(row.name).contains(constant);
        }
        assertThat(PartnerCenterErrorCodes.documented("900999")).isEmpty();
        assertThat(PartnerCenterErrorCodes.documented(null)).isEmpty();
    }

    @Test
    void theSpecListsEachCodeUnderTheErrorResponseOfItsStatusAndNoOther() {
        JsonNode responses = Fixtures.spec().path("components").path("responses");
        Map<Integer, Set<String>> expected = new LinkedHashMap<>();
        documented().forEach(r -> expected.computeIfAbsent(r.status, s -> new TreeSet<>()).add(r.code));

        for (Map.Entry<Integer, String> e : SPEC_RESPONSE.entrySet()) {
            Set<String> listed = new TreeSet<>();
            Matcher m = LISTED_CODE.matcher(responses.path(e.getValue()).path("description").asText());
            while (m.find()) {
                listed.add(m.group(1));
            }
            assertThat(listed).as("codes listed by components.responses." + e.getValue())
                    .isEqualTo(expected.getOrDefault(e.getKey(), Set.of()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documented")
    void eachCodeReachesTheTypedExceptionOfItsStatus(Row row) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", Long.parseLong(row.code)); // a JSON number, as every documented error body sends it
        body.put("description", row.wording);
        body.putArray("data");
        body.put("source", "PartnerFD");
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(row.status)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body.toString())));

        TransfersApiException e;
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            e = catchThrowableOfType(TransfersApiException.class, () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
        }

        assertThat(e).as("exception").isNotNull();
        assertThat(e.getClass().getSimpleName()).isEqualTo(row.exception);
        assertThat(e.statusCode()).isEqualTo(row.status);
        assertThat(e.errorCode()).contains(row.code);
        assertThat(e.hasErrorCode(row.code)).isTrue();
        assertThat(e.documentedErrorCode()).contains(DocumentedErrorCode.valueOf(row.name));
        assertThat(e.error().orElseThrow().description()).isEqualTo(row.wording);
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
        assertThat(noBody.documentedErrorCode()).isEmpty();
    }
}
