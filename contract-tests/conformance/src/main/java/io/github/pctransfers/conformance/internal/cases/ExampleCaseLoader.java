package io.github.pctransfers.conformance.internal.cases;

import io.github.pctransfers.conformance.internal.Text;
import io.github.pctransfers.conformance.cases.ExampleCase;
import io.github.pctransfers.conformance.cases.ExampleCases;
import io.github.pctransfers.conformance.cases.OpenApiBundle;
import io.github.pctransfers.conformance.cases.Origin;
import io.github.pctransfers.conformance.http.HttpExample;
import io.github.pctransfers.conformance.internal.http.HttpExampleFormatException;
import io.github.pctransfers.conformance.internal.http.HttpExampleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the example cases of an {@code examples/} folder.
 *
 * <p>A case is a folder holding {@code request.http} and {@code SOURCE.txt}; {@code response.http} is optional.
 * Not cases, and listed as skipped with the reason: folders whose name starts with {@code _} (shared fixtures such
 * as {@code _shared-error-examples}) and folders without {@code request.http} (pages whose example could not be
 * read, or only in part: {@code *.PARTIAL.*} files are never read).
 */
public final class ExampleCaseLoader {
    /** The file name {@code request.http}. */
    public static final String REQUEST_FILE = "request.http";
    /** The file name {@code response.http}. */
    public static final String RESPONSE_FILE = "response.http";
    /** The file name {@code SOURCE.txt}. */
    public static final String SOURCE_FILE = "SOURCE.txt";
    /** The folder of documented responses that other Partner Center pages show (the shared error bodies). */
    public static final String SHARED_ERROR_EXAMPLES = "_shared-error-examples";

    /**
     * One documented response of the shared folder: {@code _shared-error-examples/<name>/response.http}.
     *
     * @param name     the folder name
     * @param text     the response as written
     * @param response the response as parsed
     */
    public record SharedResponse(String name, String text, HttpExample response) {
    }

    private ExampleCaseLoader() {
    }

    /**
     * The cases of a bundle's {@code examples/} folder.
     *
     * @param bundle the bundle
     * @return the cases of a bundle's {@code examples/} folder
     */
    public static ExampleCases load(OpenApiBundle bundle) {
        return load(bundle.examplesDirectory());
    }

    /**
     * The cases of an examples folder, sorted by name.
     *
     * @param examplesDirectory the examples directory
     * @return the cases of an examples folder, sorted by name
     * @throws IllegalStateException when a case folder has no SOURCE.txt or an example cannot be parsed (the
     *                               message names the file and line)
     */
    public static ExampleCases load(Path examplesDirectory) {
        return load(examplesDirectory, true);
    }

    /**
     * The cases of an examples folder, sorted by name.
     *
     * @param examplesDirectory the examples directory
     * @param requireSourceFile whether every case must have a SOURCE.txt (the project's own examples must); when
     *                          false, a case without one is taken as {@link Origin#AUTHORED}, since whoever wrote the
     *                          folder wrote its examples
     * @return the cases of an examples folder, sorted by name
     * @throws IllegalStateException when a required SOURCE.txt is missing or an example cannot be parsed (the
     *                               message names the file and line)
     */
    public static ExampleCases load(Path examplesDirectory, boolean requireSourceFile) {
        if (!Files.isDirectory(examplesDirectory)) {
            throw new IllegalArgumentException("not a directory: " + examplesDirectory);
        }
        List<ExampleCase> cases = new ArrayList<>();
        List<ExampleCases.Skipped> skipped = new ArrayList<>();
        for (Path folder : folders(examplesDirectory)) {
            String name = folder.getFileName().toString().replace("/", "");
            if (name.startsWith("_")) {
                skipped.add(new ExampleCases.Skipped(name, "shared fixtures, not a case"));
                continue;
            }
            Path requestFile = folder.resolve(REQUEST_FILE);
            if (!Files.isRegularFile(requestFile)) {
                skipped.add(new ExampleCases.Skipped(name, "no " + REQUEST_FILE + " (files: " + fileNames(folder)
                        + ")"));
                continue;
            }
            cases.add(loadCase(name, folder, requireSourceFile));
        }
        cases.sort(Comparator.comparing(ExampleCase::name));
        skipped.sort(Comparator.comparing(ExampleCases.Skipped::folder));
        return new ExampleCases(cases, skipped);
    }

    /**
     * The shared error responses of an examples folder, sorted by name; empty when it has none.
     *
     * @param examplesDirectory the examples directory
     * @return the shared error responses of an examples folder, sorted by name; empty when it has none
     * @throws IllegalStateException when a response cannot be parsed (the message names the file and line)
     */
    public static List<SharedResponse> sharedErrorResponses(Path examplesDirectory) {
        Path shared = examplesDirectory.resolve(SHARED_ERROR_EXAMPLES);
        List<SharedResponse> responses = new ArrayList<>();
        if (!Files.isDirectory(shared)) {
            return responses;
        }
        for (Path folder : folders(shared)) {
            Path file = folder.resolve(RESPONSE_FILE);
            if (Files.isRegularFile(file)) {
                String text = Text.readUtf8(file);
                responses.add(new SharedResponse(folder.getFileName().toString(), text, parse(file, text, false)));
            }
        }
        return List.copyOf(responses);
    }

    private static ExampleCase loadCase(String name, Path folder, boolean requireSourceFile) {
        Path sourceFile = folder.resolve(SOURCE_FILE);
        boolean hasSource = Files.isRegularFile(sourceFile);
        if (!hasSource && requireSourceFile) {
            throw new IllegalStateException("case " + name + " has no " + SOURCE_FILE
                    + ": every case must say where it comes from");
        }
        String sourceText = hasSource ? Text.readUtf8(sourceFile) : "";
        Origin origin = hasSource ? Origin.ofSourceText(sourceText) : Origin.AUTHORED;
        String requestText = Text.readUtf8(folder.resolve(REQUEST_FILE));
        HttpExample request = parse(folder.resolve(REQUEST_FILE), requestText, true);
        Path responseFile = folder.resolve(RESPONSE_FILE);
        String responseText = Files.isRegularFile(responseFile) ? Text.readUtf8(responseFile) : null;
        HttpExample response = responseText != null ? parse(responseFile, responseText, false) : null;
        return new ExampleCase(name, folder, origin, sourceText, request, response, requestText, responseText);
    }

    private static HttpExample parse(Path file, String text, boolean request) {
        try {
            return request ? HttpExampleParser.parseRequest(text) : HttpExampleParser.parseResponse(text);
        } catch (HttpExampleFormatException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> folders(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> fileNames(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
