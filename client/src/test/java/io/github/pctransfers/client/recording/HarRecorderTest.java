package io.github.pctransfers.client.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HAR file itself: always a complete archive, cut bodies marked, rolled over by size, safe under threads. */
class HarRecorderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static RecordedExchange exchange(int n, String responseBody) {
        return RecordedExchange.builder()
                .started(Instant.parse("2026-11-27T10:00:00Z").plusMillis(n))
                .elapsed(Duration.ofMillis(12))
                .operation("getTransfer")
                .attempt(1)
                .method("GET")
                .url("http://127.0.0.1:8080/v1/customers/c/transfers/t-" + n + "?a=1&b=2")
                .requestHeader("MS-RequestId", "request-" + n)
                .requestHeader("Authorization", "Bearer REDACTED")
                .status(200)
                .reason("OK")
                .responseHeader("Content-Type", "application/json")
                .responseBody(responseBody.getBytes(StandardCharsets.UTF_8))
                .build();
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aFreshRecorderHasWrittenACompleteEmptyArchive() {
        Path file = dir.resolve("traffic.har");
        try (HarRecorder recorder = HarRecorder.builder(file).build()) {
            JsonNode har = read(file);
            assertThat(har.at("/log/version").asText()).isEqualTo("1.2");
            assertThat(har.at("/log/creator/name").asText()).isEqualTo("pc-transfers-client");
            assertThat(har.at("/log/entries").isArray()).isTrue();
            assertThat(har.at("/log/entries")).isEmpty();
            assertThat(recorder.files()).containsExactly(file);
        }
    }

    @Test
    void anEntryHoldsWhatTheHarReaderOfTheKitReads() {
        Path file = dir.resolve("traffic.har");
        try (HarRecorder recorder = HarRecorder.builder(file).build()) {
            recorder.record(exchange(1, "{\"id\":\"t-1\"}"));
        }
        JsonNode e = read(file).at("/log/entries/0");
        assertThat(e.at("/startedDateTime").asText()).isEqualTo("2026-11-27T10:00:00.001Z");
        assertThat(e.at("/time").asDouble()).isEqualTo(12.0);
        assertThat(e.at("/request/method").asText()).isEqualTo("GET");
        assertThat(e.at("/request/url").asText()).endsWith("/transfers/t-1?a=1&b=2");
        assertThat(e.at("/request/httpVersion").asText()).isEqualTo("HTTP/1.1");
        assertThat(e.at("/request/headers/0/name").asText()).isEqualTo("MS-RequestId");
        assertThat(e.at("/request/queryString/1/name").asText()).isEqualTo("b");
        assertThat(e.at("/request/postData").isMissingNode()).isTrue();
        assertThat(e.at("/response/status").asInt()).isEqualTo(200);
        assertThat(e.at("/response/statusText").asText()).isEqualTo("OK");
        assertThat(e.at("/response/content/text").asText()).isEqualTo("{\"id\":\"t-1\"}");
        assertThat(e.at("/response/content/size").asInt()).isEqualTo(12);
        assertThat(e.at("/response/content/mimeType").asText()).isEqualTo("application/json");
        assertThat(e.at("/_operation").asText()).isEqualTo("getTransfer");
        assertThat(e.at("/_attempt").asInt()).isEqualTo(1);
        assertThat(e.has("timings") && e.has("cache")).isTrue();
    }

    @Test
    void aBodyOverTheLimitIsCutAtACharacterAndMarkedWithItsRealSize() {
        Path file = dir.resolve("traffic.har");
        // 'é' is two bytes in UTF-8: a cut at byte 11 falls inside the sixth one.
        String body = "\"" + "é".repeat(40) + "\"";
        try (HarRecorder recorder = HarRecorder.builder(file).maxBodyBytes(12).build()) {
            recorder.record(exchange(1, body));
            recorder.record(exchange(2, "{\"short\":1}"));
        }
        JsonNode cut = read(file).at("/log/entries/0/response/content");
        assertThat(cut.at("/text").asText()).isEqualTo("\"" + "é".repeat(5));
        assertThat(cut.at("/size").asInt()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(cut.at("/_truncated").asBoolean()).isTrue();
        assertThat(cut.at("/comment").asText()).isEqualTo("truncated by the recorder: 11 of 82 bytes kept "
                + "(maxBodyBytes 12)");
        JsonNode whole = read(file).at("/log/entries/1/response/content");
        assertThat(whole.has("_truncated")).isFalse();
        assertThat(whole.at("/text").asText()).isEqualTo("{\"short\":1}");
    }

    @Test
    void aBodyThatIsNotUtf8TextIsLeftOutWithAComment() {
        Path file = dir.resolve("traffic.har");
        try (HarRecorder recorder = HarRecorder.builder(file).build()) {
            recorder.record(RecordedExchange.builder().started(Instant.EPOCH).method("GET").url("http://h/v1/x")
                    .status(200).responseBody(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1}).build());
        }
        JsonNode content = read(file).at("/log/entries/0/response/content");
        assertThat(content.has("text")).isFalse();
        assertThat(content.at("/size").asInt()).isEqualTo(4);
        assertThat(content.at("/comment").asText()).contains("not UTF-8 text");
    }

    @Test
    void withoutCloseTheFileAsWrittenSoFarIsACompleteArchiveWithEveryEntry() throws IOException {
        Path file = dir.resolve("crash.har");
        HarRecorder recorder = HarRecorder.builder(file).build();
        for (int i = 1; i <= 5; i++) {
            recorder.record(exchange(i, "{\"n\":" + i + "}"));
            // As a process killed right now would leave it: nothing is closed or flushed beyond the write.
            JsonNode har = JSON.readTree(Files.readAllBytes(file));
            assertThat(har.at("/log/entries")).hasSize(i);
            assertThat(har.at("/log/entries/" + (i - 1) + "/response/content/text").asText())
                    .isEqualTo("{\"n\":" + i + "}");
        }
        recorder.close();
        assertThat(read(file).at("/log/entries")).hasSize(5);
    }

    @Test
    void theFileRollsOverBySizeAndEachFileIsACompleteArchive() {
        Path file = dir.resolve("traffic.har");
        String body = "{\"pad\":\"" + "x".repeat(300) + "\"}";
        List<Path> files;
        try (HarRecorder recorder = HarRecorder.builder(file).rollOverBytes(4096).build()) {
            for (int i = 1; i <= 50; i++) {
                recorder.record(exchange(i, body));
            }
            files = recorder.files();
            assertThat(recorder.recordedCount()).isEqualTo(50);
        }
        assertThat(files.size()).isGreaterThan(3);
        assertThat(files.subList(0, 3)).containsExactly(file, dir.resolve("traffic-1.har"),
                dir.resolve("traffic-2.har"));
        List<String> urls = new ArrayList<>();
        for (Path f : files) {
            assertThat(f.toFile().length()).isLessThanOrEqualTo(4096);
            read(f).at("/log/entries").forEach(e -> urls.add(e.at("/request/url").asText()));
        }
        assertThat(urls).hasSize(50);
        assertThat(urls.get(0)).contains("/t-1?");
        assertThat(urls.get(49)).contains("/t-50?");
    }

    @Test
    void anEntryLargerThanTheRollOverSizeGetsAFileOfItsOwn() {
        Path file = dir.resolve("traffic.har");
        try (HarRecorder recorder = HarRecorder.builder(file).rollOverBytes(1024).build()) {
            recorder.record(exchange(1, "{\"pad\":\"" + "x".repeat(3000) + "\"}"));
            recorder.record(exchange(2, "{}"));
            assertThat(recorder.files()).hasSize(2);
            assertThat(read(recorder.files().get(0)).at("/log/entries")).hasSize(1);
        }
    }

    @Test
    void anExistingFileIsNeverOverwritten() throws IOException {
        Path file = dir.resolve("traffic.har");
        Files.writeString(file, "evidence of yesterday");
        try (HarRecorder recorder = HarRecorder.builder(file).build()) {
            recorder.record(exchange(1, "{}"));
            assertThat(recorder.files()).containsExactly(dir.resolve("traffic-1.har"));
        }
        assertThat(Files.readString(file)).isEqualTo("evidence of yesterday");
    }

    @Test
    void exchangesAfterCloseAreNotRecordedAndTheFileStaysComplete() {
        Path file = dir.resolve("traffic.har");
        HarRecorder recorder = HarRecorder.builder(file).build();
        recorder.record(exchange(1, "{}"));
        recorder.close();
        recorder.record(exchange(2, "{}"));
        recorder.close();
        assertThat(read(file).at("/log/entries")).hasSize(1);
        assertThat(recorder.recordedCount()).isEqualTo(1);
    }

    @Test
    void manyThreadsWritingAtOnceGiveOneArchiveWithEveryEntryWhole() throws Exception {
        Path file = dir.resolve("threads.har");
        int threads = 16;
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try (HarRecorder recorder = HarRecorder.builder(file).build()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        int n = thread * each + i;
                        recorder.record(exchange(n, "{\"n\":" + n + ",\"pad\":\"" + "y".repeat(n % 97) + "\"}"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode entries = read(file).at("/log/entries");
        assertThat(entries).hasSize(threads * each);
        Set<Integer> seen = new HashSet<>();
        for (JsonNode e : entries) {
            JsonNode body = JSON.readTree(e.at("/response/content/text").asText());
            int n = body.get("n").asInt();
            assertThat(body.get("pad").asText()).hasSize(n % 97);
            seen.add(n);
        }
        assertThat(seen).hasSize(threads * each);
    }

    @Test
    void badSettingsAreRefusedWhenSet() {
        assertThatThrownBy(() -> HarRecorder.builder(dir.resolve("x.har")).maxBodyBytes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> HarRecorder.builder(dir.resolve("x.har")).rollOverBytes(10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rollOverBytes");
    }

    @Test
    void aFileThatCannotBeCreatedFailsTheBuildNotTheFirstCall() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThatThrownBy(() -> HarRecorder.builder(notADirectory.resolve("traffic.har")).build())
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot create the HAR file");
    }
}
