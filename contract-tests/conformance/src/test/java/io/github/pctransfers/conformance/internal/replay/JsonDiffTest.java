package io.github.pctransfers.conformance.internal.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void timestampsCompareAsInstants() throws Exception {
        assertThat(JsonDiff.compare(json("{\"t\": \"2020-03-25T22:24:23.183+00:00\"}"),
                json("{\"t\": \"2020-03-25T22:24:23.183Z\"}"))).isEmpty();
        assertThat(JsonDiff.compare(json("{\"t\": \"2020-03-24T20:44:14.9602781Z\"}"),
                json("{\"t\": \"2020-03-24T21:44:14.9602781+01:00\"}"))).isEmpty();
        assertThat(JsonDiff.compare(json("{\"t\": \"2020-03-24T20:44:14.9602781Z\"}"),
                json("{\"t\": \"2020-03-24T20:44:14.96Z\"}")))
                .extracting(JsonDiff.Difference::pointer).containsExactly("/t");
    }

    @Test
    void numbersCompareByValueAndStringsExactly() throws Exception {
        assertThat(JsonDiff.compare(json("{\"n\": 1, \"m\": 2.50}"), json("{\"n\": 1.0, \"m\": 2.5}"))).isEmpty();
        assertThat(JsonDiff.compare(json("{\"n\": 3}"), json("{\"n\": \"3\"}")))
                .extracting(JsonDiff.Difference::kind).containsExactly(JsonDiff.Difference.Kind.DIFFERENT);
        assertThat(JsonDiff.compare(json("{\"s\": \"Reject\"}"), json("{\"s\": \"reject\"}"))).hasSize(1);
    }

    @Test
    void reportsMissingUnexpectedAndChangedByPointer() throws Exception {
        List<JsonDiff.Difference> diff = JsonDiff.compare(
                json("{\"a\": 1, \"items\": [{\"x\": true}, {\"y\": 2}], \"a/b\": 0}"),
                json("{\"items\": [{\"x\": false}], \"extra\": null, \"a/b\": 0}"));

        assertThat(diff).extracting(JsonDiff.Difference::toString).containsExactly(
                "/a missing (expected 1)",
                "/items/0/x differs (expected true, found false)",
                "/items/1 missing (expected {\"y\":2})",
                "/extra unexpected (found null)");
    }

    @Test
    void propertyOrderAndWhitespaceDoNotMatter() throws Exception {
        assertThat(JsonDiff.equivalent(json("{\"id\":\"x\",\"status\":\"reject\"}"),
                json("{\n  \"status\": \"reject\",\n  \"id\": \"x\"\n}"))).isTrue();
        assertThat(JsonDiff.equivalent(json("[1, 2]"), json("[2, 1]"))).as("array order matters").isFalse();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
