package io.github.pctransfers.simulator;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks exchanges against the bundled spec ({@code pctransfers/openapi/transfers.yaml}) with
 * swagger-request-validator. The validator is built once per JVM: parsing the spec is the slow part.
 */
final class SpecCheck {
    static final String SPEC_RESOURCE = "pctransfers/openapi/transfers.yaml";

    private SpecCheck() {
    }

    private static final class Holder {
        static final OpenApiInteractionValidator VALIDATOR =
                OpenApiInteractionValidator.createForInlineApiSpecification(readSpec()).build();
    }

    /** What is wrong with the response of {@code e}, one line per message; empty when it conforms. */
    static List<String> responseProblems(Exchange e) {
        SimpleResponse.Builder response = new SimpleResponse.Builder(e.status());
        e.responseHeaders().forEach(response::withHeader);
        if (!e.responseBody().isEmpty()) {
            response.withBody(e.responseBody());
        }
        ValidationReport report = Holder.VALIDATOR.validateResponse(e.path(), Request.Method.valueOf(e.method()),
                response.build());
        return messages("response of " + e, report);
    }

    /** What is wrong with the request of {@code e}; empty when it conforms. */
    static List<String> requestProblems(Exchange e) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(e.method(), e.path());
        e.requestHeaders().forEach(request::withHeader);
        if (!e.requestBody().isEmpty()) {
            request.withBody(e.requestBody());
        }
        if (!e.query().isEmpty()) {
            for (String pair : e.query().split("&")) {
                int eq = pair.indexOf('=');
                request.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)),
                        eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return messages("request of " + e, Holder.VALIDATOR.validateRequest(request.build()));
    }

    private static List<String> messages(String what, ValidationReport report) {
        List<String> lines = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                lines.add(what + ": [" + m.getKey() + "] " + m.getMessage());
            }
        }
        return lines;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String readSpec() {
        try (InputStream in = SpecCheck.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE + " is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
