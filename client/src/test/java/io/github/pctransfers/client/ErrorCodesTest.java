package io.github.pctransfers.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.pctransfers.client.errors.AuthenticationException;
import io.github.pctransfers.client.errors.BadRequestException;
import io.github.pctransfers.client.errors.ConflictException;
import io.github.pctransfers.client.errors.DocumentedErrorCode;
import io.github.pctransfers.client.errors.NotFoundException;
import io.github.pctransfers.client.errors.PartnerCenterErrorBody;
import io.github.pctransfers.client.errors.PermissionDeniedException;
import io.github.pctransfers.client.errors.ServerException;
import io.github.pctransfers.client.errors.TransfersApiException;
import io.github.pctransfers.client.http.RetryPolicy;
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
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The error catalogue ({@link DocumentedErrorCode}) against the error-codes page: every transfer row copied from the
 * page ({@code fixtures/error-codes-page/transfer-rows.md}, see its SOURCE.txt) is in the catalogue with the row's
 * status and wording, and nothing else is; the spec lists each code under the error response of its status; each code
 * reaches the typed exception of its status.
 */
class ErrorCodesTest extends WireMockTestBase {

    /** One row of the page's table: status, code, wording (cells trimmed of the table's padding). */
    static final class PageRow {
        final int status;
        final String code;
        final String wording;

        PageRow(String line) {
            String[] cells = line.split("\\|");
            this.status = Integer.parseInt(cells[2].trim());
            this.code = cells[3].trim();
            this.wording = cells[4].trim();
        }

        @Override
        public String toString() {
            return code + " (HTTP " + status + ")";
        }
    }

    static List<PageRow> pageRows() {
        return Arrays.stream(Fixtures.text("fixtures/error-codes-page/transfer-rows.md").split("\n"))
                .filter(line -> line.matches("\\|[^|]*\\|\\s*[0-9]{3}\\s*\\|.*"))
                .map(PageRow::new)
                .collect(Collectors.toList());
    }

    /** The error response component of the spec that each status uses. */
    private static final Map<Integer, String> SPEC_RESPONSE = Map.of(400, "BadRequest", 401, "Unauthorized",
            403, "Forbidden", 404, "NotFound", 409, "Conflict", 500, "ServerError");
    /** The exception the client throws for each documented status (client/README.md, Errors). */
    private static final Map<Integer, Class<? extends TransfersApiException>> EXCEPTION = Map.of(
            400, BadRequestException.class, 401, AuthenticationException.class, 403, PermissionDeniedException.class,
            404, NotFoundException.class, 409, ConflictException.class, 500, ServerException.class);
    private static final Pattern LISTED_CODE = Pattern.compile("`([0-9]{6})`");

    @Test
    void theCatalogueHoldsEveryTransferRowOfThePageAndNothingElse() {
        List<PageRow> rows = pageRows();
        assertThat(rows).hasSize(26);
        assertThat(Arrays.stream(DocumentedErrorCode.values()).map(DocumentedErrorCode::code))
                .containsExactlyElementsOf(rows.stream().map(r -> r.code).collect(Collectors.toList()));
        for (PageRow row : rows) {
            DocumentedErrorCode entry = DocumentedErrorCode.of(row.code).orElseThrow();
            assertThat(entry.httpStatus()).as(row.code + " status").isEqualTo(row.status);
            assertThat(inPageForm(entry)).as(row.code + " wording").isEqualTo(row.wording);
        }
    }

    @Test
    void placeholdersAreNamedAndFilledByName() {
        DocumentedErrorCode completed = DocumentedErrorCode.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_COMPLETED;
        assertThat(completed.placeholders()).containsExactly("transferId", "status");
        assertThat(completed.fill(Map.of("status", "Complete", "transferId", "t-1")))
                .isEqualTo("Can't process the transfer request for Complete transfer t-1");
        assertThat(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND.placeholders()).isEmpty();
        assertThat(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND.fill(Map.of())).isEqualTo("Transfer request not found");

        assertThatThrownBy(() -> completed.fill(Map.of("transferId", "t-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{status}");
        assertThatThrownBy(() -> DocumentedErrorCode.TRANSFER_ID_NOT_FOUND.fill(Map.of("transferId", "t-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no placeholder {transferId}");
    }

    @Test
    void aCodeIsLookedUpByTextOrNumber() {
        for (DocumentedErrorCode entry : DocumentedErrorCode.values()) {
            assertThat(DocumentedErrorCode.of(" " + entry.code() + " ")).contains(entry);
            assertThat(DocumentedErrorCode.of(entry.numericCode())).contains(entry);
        }
        assertThat(DocumentedErrorCode.of("900999")).isEmpty();
        assertThat(DocumentedErrorCode.of((String) null)).isEmpty();
        assertThat(DocumentedErrorCode.of(3000)).isEmpty();
    }

    /** The catalogue's wording with each named placeholder written as the page writes it: {0}, {1}, ... */
    private static String inPageForm(DocumentedErrorCode entry) {
        String wording = entry.wording();
        List<String> names = entry.placeholders();
        for (int i = 0; i < names.size(); i++) {
            wording = wording.replace("{" + names.get(i) + "}", "{" + i + "}");
        }
        return wording;
    }

    @Test
    void theSpecListsEachCodeUnderTheErrorResponseOfItsStatusAndNoOther() {
        JsonNode responses = Fixtures.spec().path("components").path("responses");
        Map<Integer, Set<String>> expected = new LinkedHashMap<>();
        for (DocumentedErrorCode entry : DocumentedErrorCode.values()) {
            expected.computeIfAbsent(entry.httpStatus(), s -> new TreeSet<>()).add(entry.code());
        }

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
    @EnumSource(DocumentedErrorCode.class)
    void eachCodeReachesTheTypedExceptionOfItsStatus(DocumentedErrorCode entry) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", entry.numericCode()); // a JSON number, as every documented error body sends it
        body.put("description", entry.wording());
        body.putArray("data");
        body.put("source", "PartnerFD");
        SERVER.stubFor(get(urlEqualTo(TRANSFER_PATH)).willReturn(aResponse().withStatus(entry.httpStatus())
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body.toString())));

        TransfersApiException e;
        try (TransfersClient client = clientBuilder().retryPolicy(RetryPolicy.none()).build()) {
            e = catchThrowableOfType(TransfersApiException.class, () -> client.getTransfer(CUSTOMER_ID, TRANSFER_ID));
        }

        assertThat(e).as("exception").isNotNull();
        assertThat(e).isExactlyInstanceOf(EXCEPTION.get(entry.httpStatus()));
        assertThat(e.statusCode()).isEqualTo(entry.httpStatus());
        assertThat(e.errorCode()).contains(entry.code());
        assertThat(e.hasErrorCode(entry)).isTrue();
        assertThat(e.hasErrorCode(entry.code())).isTrue();
        assertThat(e.documentedErrorCode()).contains(entry);
        assertThat(e.error().orElseThrow().description()).isEqualTo(entry.wording());
    }

    @Test
    void hasErrorCodeComparesTheCodeAsText() {
        NotFoundException e = new NotFoundException(Map.of(), "r", "c",
                new PartnerCenterErrorBody("900100", "Transfer not found", null, "PartnerFD"), "{}");
        assertThat(e.hasErrorCode(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND)).isTrue();
        assertThat(e.hasErrorCode(" 900100")).isTrue();
        assertThat(e.hasErrorCode(DocumentedErrorCode.TRANSFER_NOT_ALLOWED_IF_STATUS_IS_IN_PROGRESS)).isFalse();
        assertThat(e.hasErrorCode((String) null)).isFalse();
        assertThat(e.hasErrorCode((DocumentedErrorCode) null)).isFalse();
        NotFoundException noBody = new NotFoundException(Map.of(), "r", "c", null, "");
        assertThat(noBody.hasErrorCode(DocumentedErrorCode.TRANSFER_ID_NOT_FOUND)).isFalse();
        assertThat(noBody.documentedErrorCode()).isEmpty();
    }
}
