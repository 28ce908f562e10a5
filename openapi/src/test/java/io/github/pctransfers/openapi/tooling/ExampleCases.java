package io.github.pctransfers.openapi.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The example cases under {@code openapi/examples}: one folder per case holding {@code request.http}, an optional
 * {@code response.http} and {@code SOURCE.txt}. Folders starting with {@code _} (shared error bodies) and folders
 * without a {@code request.http} (only partial copies) are not cases.
 */
public final class ExampleCases {

    /** One case, its raw files as written, and where it comes from. */
    public record ExampleCase(String name, String method, String requestPath, String request,
                              Optional<String> response, boolean authored, Optional<String> documentedPage) {

        /** Whether the request's method and path fit the operation declared at {@code pathTemplate}. */
        public boolean matches(String operationMethod, String pathTemplate) {
            return method.equalsIgnoreCase(operationMethod) && templatePattern(pathTemplate).matcher(requestPath).matches();
        }
    }

    /** A SOURCE.txt containing this word marks an authored case; any other case is copied from the docs. */
    public static final String AUTHORED_MARKER = "AUTHORED";

    private static final Pattern START_LINE = Pattern.compile("([A-Z]+) (\\S+) HTTP/\\d(?:\\.\\d)?");
    private static final Pattern DOCUMENTED_PAGE = Pattern.compile("(?m)^Documented page:\\s*(https://\\S+)");
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}/]+}");

    private ExampleCases() {
    }

    /** Every case under {@code examplesDir}, sorted by folder name. */
    public static List<ExampleCase> scan(Path examplesDir) {
        List<ExampleCase> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(examplesDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (!folder.getFileName().toString().startsWith("_") && Files.isRegularFile(folder.resolve("request.http"))) {
                    cases.add(read(folder));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + examplesDir, e);
        }
        return cases;
    }

    static ExampleCase read(Path folder) {
        String name = folder.getFileName().toString();
        String request = readString(folder.resolve("request.http"));
        String startLine = request.lines().filter(line -> !line.isBlank()).findFirst().orElse("").strip();
        Matcher start = START_LINE.matcher(startLine);
        if (!start.matches()) {
            throw new IllegalArgumentException(folder.resolve("request.http")
                    + ": the first line is not an HTTP request line (METHOD /path HTTP/1.1): " + startLine);
        }
        String target = start.group(2);
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        Path responseFile = folder.resolve("response.http");
        Optional<String> response = Files.isRegularFile(responseFile)
                ? Optional.of(readString(responseFile)) : Optional.empty();
        Path sourceFile = folder.resolve("SOURCE.txt");
        // Without SOURCE.txt nothing says the case was copied from the docs, so it is not shown as documented.
        String source = Files.isRegularFile(sourceFile) ? readString(sourceFile) : AUTHORED_MARKER;
        boolean authored = source.contains(AUTHORED_MARKER);
        Matcher page = DOCUMENTED_PAGE.matcher(source);
        Optional<String> documentedPage = !authored && page.find() ? Optional.of(page.group(1)) : Optional.empty();
        return new ExampleCase(name, start.group(1).toUpperCase(Locale.ROOT), path, request, response, authored,
                documentedPage);
    }

    /** {@code /v1/customers/{customer-id}/transfers} matches any single segment where a variable stands. */
    static Pattern templatePattern(String pathTemplate) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = TEMPLATE_VARIABLE.matcher(pathTemplate);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(pathTemplate.substring(last, variable.start()))).append("[^/]+");
            last = variable.end();
        }
        regex.append(Pattern.quote(pathTemplate.substring(last)));
        return Pattern.compile(regex.toString());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
