package io.github.pctransfers.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Contract;
import feign.Feign;
import feign.MethodMetadata;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import io.github.pctransfers.client.http.PartnerCenterHeaders;
import io.github.pctransfers.client.internal.generated.api.TransfersApi;
import io.github.pctransfers.client.model.TransferCreateRequest;
import io.github.pctransfers.client.model.TransferStatus;
import io.github.pctransfers.client.model.TransferUpdateRequest;
import io.github.pctransfers.client.model.TransfersJson;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import net.jqwik.api.statistics.Statistics;

/**
 * The planned request is the request Feign builds from its template for the same arguments, or the plan declines
 * and Feign builds it. Feign's side is Feign's own method handler, built as {@link FeignTransport} builds it, with a
 * client that keeps the request instead of sending it.
 */
class RequestPlanTest {
    private static final String BASE_URL = "https://api.partnercenter.microsoft.com";
    private static final ObjectMapper MAPPER = TransfersJson.newObjectMapper();
    private static final UserAgent USER_AGENT = new UserAgent("Contoso Transfers/1.0");
    private static final List<MethodMetadata> METHODS = new Contract.Default()
            .parseAndValidateMetadata(TransfersApi.class);

    /** The request Feign's handler hands to its client. */
    private static Request feignRequest(String baseUrl, Method method, Object[] args) throws Throwable {
        Request[] kept = new Request[1];
        TransfersApi api = Feign.builder()
                .client((request, options) -> {
                    kept[0] = request;
                    throw new Kept();
                })
                .encoder(new JacksonEncoder(MAPPER))
                .retryer(Retryer.NEVER_RETRY)
                .requestInterceptor(USER_AGENT)
                .target(TransfersApi.class, baseUrl);
        try {
            method.invoke(api, args);
        } catch (InvocationTargetException e) {
            if (!(e.getCause() instanceof Kept)) {
                throw e.getCause();
            }
        }
        return kept[0];
    }

    private static RequestPlan plan(MethodMetadata md, String baseUrl) {
        return RequestPlan.of(md, baseUrl, Map.of(PartnerCenterHeaders.USER_AGENT, USER_AGENT.value()), MAPPER);
    }

    /** Method, URL, headers (names as sent, values in order), body and charset. */
    private static void assertSameRequest(Request planned, Request feign) {
        assertThat(planned.httpMethod()).isEqualTo(feign.httpMethod());
        assertThat(planned.url()).isEqualTo(feign.url());
        assertThat(asSent(planned.headers())).isEqualTo(asSent(feign.headers()));
        assertThat(planned.body()).isEqualTo(feign.body());
        assertThat(planned.charset()).isEqualTo(feign.charset());
    }

    private static List<String> asSent(Map<String, Collection<String>> headers) {
        List<String> lines = new ArrayList<>();
        new TreeMap<>(headers).forEach((name, values) -> values.forEach(v -> lines.add(name + ": " + v)));
        return lines;
    }

    @Example
    void everyMethodWithoutAQueryMapHasAPlan() {
        for (MethodMetadata md : METHODS) {
            assertThat(plan(md, BASE_URL)).as(md.configKey()).matches(p -> (p == null) == (md.queryMapIndex() != null));
        }
    }

    /** What the facade sends: GUID ids, a GUID request id, a locale, an application name; the plan takes them all. */
    @Example
    void theFacadesArgumentsArePlannedAsFeignBuildsThem() throws Throwable {
        for (MethodMetadata md : METHODS) {
            RequestPlan plan = plan(md, BASE_URL);
            if (plan == null) {
                continue;
            }
            for (String correlationId : Arrays.asList(null, UUID.randomUUID().toString())) {
                Object[] args = typicalArguments(md, correlationId);
                Request planned = plan.request(args);
                assertThat(planned).as(md.configKey()).isNotNull();
                assertSameRequest(planned, feignRequest(BASE_URL, md.method(), args));
            }
        }
    }

    @Property(tries = 1500)
    void anyArgumentsArePlannedAsFeignBuildsThemOrDeclined(@ForAll("methods") MethodMetadata md,
            @ForAll("values") List<String> values, @ForAll("baseUrls") String baseUrl) throws Throwable {
        RequestPlan plan = plan(md, baseUrl);
        if (plan == null) {
            return;
        }
        Object[] args = typicalArguments(md, null);
        int v = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String || args[i] == null) {
                args[i] = values.get(v++ % values.size());
            }
        }
        Request planned = plan.request(args);
        Statistics.collect(planned == null ? "declined" : "planned");
        if (planned != null) {
            assertSameRequest(planned, feignRequest(baseUrl, md.method(), args));
        }
        // Otherwise the property would hold by declining everything.
        Statistics.coverage(c -> c.check("planned").percentage(p -> p >= 20));
    }

    @Example
    void aPathValueWithASlashIsDeclined() {
        MethodMetadata get = METHODS.stream().filter(m -> m.configKey().startsWith("TransfersApi#getTransfer("))
                .findFirst().orElseThrow();
        Object[] args = typicalArguments(get, null);
        args[1] = "a/b";
        assertThat(plan(get, BASE_URL).request(args)).isNull();
    }

    @Example
    void aNullQueryValueIsDeclined() {
        MethodMetadata eligibility = METHODS.stream()
                .filter(m -> m.configKey().startsWith("TransfersApi#getTransferEligibility(") && m.queryMapIndex() == null)
                .findFirst().orElseThrow();
        Object[] args = typicalArguments(eligibility, null);
        args[1] = null;
        assertThat(plan(eligibility, BASE_URL).request(args)).isNull();
    }

    @Example
    void aBaseUrlEndingInASlashGetsNoPlan() {
        assertThat(plan(METHODS.get(0), BASE_URL + "/")).isNull();
    }

    @Provide
    Arbitrary<MethodMetadata> methods() {
        return Arbitraries.of(METHODS);
    }

    @Provide
    Arbitrary<String> baseUrls() {
        return Arbitraries.of(BASE_URL, "http://127.0.0.1:8080", "https://example.test/prefix/v2");
    }

    @Provide
    Arbitrary<List<String>> values() {
        Arbitrary<String> guid = Arbitraries.create(() -> UUID.randomUUID().toString());
        Arbitrary<String> unreserved = Arbitraries.strings().withChars("abcXYZ019-._~").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> ascii = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(6);
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, guid), net.jqwik.api.Tuple.of(3, unreserved),
                net.jqwik.api.Tuple.of(3, ascii), net.jqwik.api.Tuple.of(1, any),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(null)));
        return value.list().ofMinSize(1).ofMaxSize(7);
    }

    /** GUIDs for the ids and the request id, a locale, an application name, a body for the body argument. */
    private static Object[] typicalArguments(MethodMetadata md, String correlationId) {
        Object[] args = new Object[md.method().getParameterCount()];
        md.indexToName().forEach((index, names) -> {
            String name = names.iterator().next();
            switch (name) {
                case "msCorrelationId":
                    args[index] = correlationId;
                    break;
                case "xLocale":
                    args[index] = "en-US";
                    break;
                case "msPartnerCenterApplication":
                    args[index] = "Contoso Transfers/1.0";
                    break;
                case "transferType":
                    args[index] = "3Party";
                    break;
                default:
                    args[index] = UUID.randomUUID().toString();
            }
        });
        if (md.bodyIndex() != null) {
            args[md.bodyIndex()] = md.bodyType() == TransferCreateRequest.class
                    ? TransferCreateRequest.builder().customerEmailId("ops@contoso.example")
                            .sourcePartnerTenantId(UUID.randomUUID().toString()).customerName("Müller & Söhne").build()
                    : TransferUpdateRequest.builder().status(TransferStatus.CANCEL).build();
        }
        return args;
    }

    private static final class Kept extends RuntimeException {
        Kept() {
            super(null, null, false, false);
        }
    }
}
