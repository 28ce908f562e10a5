package io.github.pctransfers.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Test fixture files: this module's cases under {@code fixtures/} and the documented examples of the spec module. */
public final class Fixtures {
    static final String DOCUMENTED = "pctransfers/openapi/examples/";

    private Fixtures() {
    }

    /** The bundled spec ({@code openapi/transfers.yaml}) as a JSON tree, read once. */
    public static com.fasterxml.jackson.databind.JsonNode spec() {
        return SpecHolder.SPEC;
    }

    private static final class SpecHolder {
        static final com.fasterxml.jackson.databind.JsonNode SPEC = readSpec();

        private static com.fasterxml.jackson.databind.JsonNode readSpec() {
            try {
                return new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                        .readTree(text("pctransfers/openapi/transfers.yaml"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The case folders directly under a fixture folder, sorted by name. */
    static List<String> caseNames(String folder) {
        URL url = Fixtures.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("no fixture folder " + folder);
        }
        try (Stream<Path> children = Files.list(Paths.get(url.toURI()))) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .collect(Collectors.toList());
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An HTTP response as the docs print it: a status line, headers, then the body. Blank lines between header
     * lines (the documented 429) are skipped; Content-Length is dropped, because the documented ones are wrong.
     */
    static HttpResponseFixture response(String resource) {
        String[] lines = text(resource).split("\r?\n", -1);
        String[] status = lines[0].trim().split(" ", 3);
        int code = Integer.parseInt(status[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 1;
        for (; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.startsWith("{") || line.startsWith("<") || line.startsWith("[")) {
                break;
            }
            String name = line.substring(0, colon).trim();
            if (!name.equalsIgnoreCase("Content-Length")) {
                headers.put(name, line.substring(colon + 1).trim());
            }
        }
        List<String> body = new ArrayList<>();
        for (; i < lines.length; i++) {
            body.add(lines[i]);
        }
        return new HttpResponseFixture(code, headers, String.join("\n", body));
    }

    static final class HttpResponseFixture {
        final int status;
        final Map<String, String> headers;
        final String body;

        HttpResponseFixture(int status, Map<String, String> headers, String body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }
    }
}
