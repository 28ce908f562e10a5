package io.github.pctransfers.conformance.internal.spec;

import static io.github.pctransfers.client.http.PartnerCenterHeaders.AUTHORIZATION;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the document-level {@code security} to operations that declare none, which OpenAPI requires and
 * swagger-request-validator 2.46.1 does not do (it reads only {@code operation.security}).
 *
 * <p>A request passes when it satisfies any one requirement, and a requirement when it satisfies every scheme it
 * names. Supported schemes: {@code http} {@code bearer} and {@code basic} (the {@code Authorization} header with
 * that scheme and a credential) and {@code apiKey} in a header or the query. A requirement naming any other scheme
 * is taken as satisfied, so this check never invents a failure it cannot judge.
 */
final class DocumentLevelSecurity implements CustomRequestValidator {
    static final String MISSING_KEY = "validation.request.security.missing";

    private final List<SecurityRequirement> requirements;
    private final Map<String, SecurityScheme> schemes;

    DocumentLevelSecurity(OpenAPI api) {
        this.requirements = api.getSecurity() == null ? List.of() : List.copyOf(api.getSecurity());
        this.schemes = api.getComponents() == null || api.getComponents().getSecuritySchemes() == null ? Map.of()
                : Map.copyOf(api.getComponents().getSecuritySchemes());
    }

    @Override
    public ValidationReport validate(Request request, ApiOperation operation) {
        if (operation.getOperation().getSecurity() != null || requirements.isEmpty()) {
            // The operation says for itself (the validator checks that), or nothing is required.
            return ValidationReport.empty();
        }
        List<String> unmet = new ArrayList<>();
        for (SecurityRequirement requirement : requirements) {
            if (requirement.isEmpty()) {
                return ValidationReport.empty();
            }
            Optional<String> missing = requirement.keySet().stream()
                    .filter(name -> !satisfied(request, schemes.get(name)))
                    .findFirst();
            if (missing.isEmpty()) {
                return ValidationReport.empty();
            }
            unmet.add(describe(missing.get(), schemes.get(missing.get())));
        }
        return ValidationReport.singleton(ValidationReport.Message.create(MISSING_KEY,
                request.getMethod() + " on path '" + operation.getApiPath().original()
                        + "' requires security parameters (document-level security). None found: "
                        + String.join(" or ", unmet) + ".").build());
    }

    private static boolean satisfied(Request request, SecurityScheme scheme) {
        if (scheme == null || scheme.getType() == null) {
            return true;
        }
        switch (scheme.getType()) {
            case HTTP:
                String expected = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
                if (!expected.equals("bearer") && !expected.equals("basic")) {
                    return true;
                }
                return request.getHeaderValue(AUTHORIZATION)
                        .map(v -> v.strip().split("\\s+", 2))
                        .filter(parts -> parts.length == 2 && parts[0].equalsIgnoreCase(expected)
                                && !parts[1].isBlank())
                        .isPresent();
            case APIKEY:
                if (scheme.getIn() == SecurityScheme.In.HEADER) {
                    return request.getHeaderValue(scheme.getName()).isPresent();
                }
                if (scheme.getIn() == SecurityScheme.In.QUERY) {
                    return !request.getQueryParameterValues(scheme.getName()).isEmpty();
                }
                return true;
            default:
                return true;
        }
    }

    private static String describe(String name, SecurityScheme scheme) {
        if (scheme != null && scheme.getType() == SecurityScheme.Type.HTTP) {
            return name + " (Authorization: " + scheme.getScheme() + " ...)";
        }
        return name;
    }
}
