package io.github.pctransfers.apigate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The binary-compatibility gate a library module runs at {@code verify} (through exec-maven-plugin):
 * <pre>
 *   ApiGate CLASSES_DIR RECORD_FILE UPDATE [STRICT]
 * </pre>
 * It lists the public API of {@code CLASSES_DIR} and compares it with {@code RECORD_FILE}. A line of the record that
 * is gone (a removed or changed class, constructor, method or field) fails the build with the diff; a line the record
 * lacks (an addition) passes with a warning that the record is out of date, or fails too when {@code STRICT} is
 * true. With {@code UPDATE} true it rewrites the record instead, and the change is committed with the code.
 * A failure throws {@link ApiGateFailedException}, which fails the Maven build with its message.
 */
public final class ApiGate {

    static final String UPDATE_HINT = "-Dapi.update=true";
    static final String STRICT_HINT = "-Dapi.strict=true";
    private static final String USAGE =
            "usage: ApiGate CLASSES_DIR RECORD_FILE UPDATE(true|false) [STRICT(true|false)]";
    private static final String PREFIX = "[api gate] ";

    /** The API does not match its record; the message holds the diff and how to accept a deliberate change. */
    public static final class ApiGateFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ApiGateFailedException(String message) {
            super(message);
        }
    }

    /**
     * What the gate decided.
     *
     * @param passes whether the build may go on
     * @param message what to print (on success) or fail with
     * @param recordToWrite the new record text, in update mode
     */
    record Verdict(boolean passes, String message, Optional<String> recordToWrite) {
    }

    private ApiGate() {
    }

    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            throw new IllegalArgumentException(USAGE);
        }
        Path classesDir = Path.of(args[0]);
        Path recordFile = Path.of(args[1]);
        boolean update = flag(args[2], "UPDATE");
        boolean strict = args.length == 4 && flag(args[3], "STRICT");
        Verdict verdict = run(classesDir, recordFile, update, strict);
        if (!verdict.passes()) {
            throw new ApiGateFailedException(verdict.message());
        }
        System.out.println(verdict.message());
    }

    /** Dumps, reads the record, judges, and writes the record in update mode. */
    static Verdict run(Path classesDir, Path recordFile, boolean update, boolean strict) {
        ApiDump.Result current = ApiDump.of(classesDir);
        Optional<String> recordText = Files.isRegularFile(recordFile) ? Optional.of(read(recordFile))
                : Optional.empty();
        Verdict verdict = judge(artifactOf(recordFile), recordFile.toString(), recordText, current, update, strict);
        verdict.recordToWrite().ifPresent(text -> write(recordFile, text));
        return verdict;
    }

    /** The artifact a record file belongs to: its name without {@code .api}. */
    static String artifactOf(Path recordFile) {
        String name = recordFile.getFileName().toString();
        return name.endsWith(".api") ? name.substring(0, name.length() - ".api".length()) : name;
    }

    /** The gate's decision, from the record's text (if there is one) and the current API. */
    static Verdict judge(String artifact, String recordName, Optional<String> recordText, ApiDump.Result current,
            boolean update, boolean strict) {
        ApiListing listing = current.listing();
        String size = listing.classes().size() + " classes, " + listing.memberCount() + " members";
        if (update) {
            String text = listing.render(header(artifact, current.packages()));
            String since = recordText.map(old -> sinceRecord(old, listing)).orElse("; there was no record");
            return new Verdict(true, PREFIX + artifact + ": wrote " + recordName + " (" + size + ")" + since
                    + System.lineSeparator() + PREFIX + "commit it with the change.", Optional.of(text));
        }
        if (recordText.isEmpty()) {
            return new Verdict(false, PREFIX + artifact + ": there is no API record at " + recordName + "."
                    + System.lineSeparator() + "Create it with " + UPDATE_HINT
                    + " (e.g. mvn verify " + UPDATE_HINT + "), review it and commit it.", Optional.empty());
        }
        ApiListing recorded;
        try {
            recorded = ApiListing.parse(recordText.get());
        } catch (IllegalArgumentException e) {
            return new Verdict(false, PREFIX + artifact + ": " + recordName + " is not an API record ("
                    + e.getMessage() + "). It is written by the gate: rewrite it with " + UPDATE_HINT + ".",
                    Optional.empty());
        }
        ApiDiff diff = ApiDiff.between(recorded, listing);
        if (diff.isEmpty()) {
            return new Verdict(true, PREFIX + artifact + ": the API matches " + recordName + " (" + size + ").",
                    Optional.empty());
        }
        List<String> lines = new ArrayList<>();
        if (diff.breaksCompatibility()) {
            lines.add(PREFIX + artifact + ": the public API no longer matches " + recordName + ": "
                    + counted(diff.removed().size(), "recorded line") + " removed or changed, " + diff.added().size()
                    + " added (- recorded, + now):");
            lines.addAll(diff.describe("  "));
            lines.add("Code compiled against the recorded API may fail to link (NoSuchMethodError,"
                    + " NoSuchFieldError, IncompatibleClassChangeError).");
            lines.add("If the change is deliberate, accept it: build with " + UPDATE_HINT
                    + " (e.g. mvn verify " + UPDATE_HINT + "), which rewrites " + recordName + ",");
            lines.add("and commit the record in the same commit as the change.");
            return new Verdict(false, String.join(System.lineSeparator(), lines), Optional.empty());
        }
        lines.add(PREFIX + artifact + ": compatible, but the record is not updated: "
                + counted(diff.added().size(), "added line") + " not in " + recordName + ":");
        lines.addAll(diff.describe("  "));
        lines.add((strict ? "This fails because of " + STRICT_HINT + ". " : "")
                + "Record them with " + UPDATE_HINT + " and commit the record, so that the gate protects them too.");
        return new Verdict(!strict, String.join(System.lineSeparator(), lines), Optional.empty());
    }

    /** What changed since the record being replaced, for the update message. */
    private static String sinceRecord(String oldRecord, ApiListing listing) {
        ApiDiff diff;
        try {
            diff = ApiDiff.between(ApiListing.parse(oldRecord), listing);
        } catch (IllegalArgumentException e) {
            return "; the previous record was not readable: " + e.getMessage();
        }
        if (diff.isEmpty()) {
            return "; no change";
        }
        return "; " + counted(diff.removed().size(), "line") + " removed or changed, " + diff.added().size() + " added:"
                + System.lineSeparator() + String.join(System.lineSeparator(), diff.describe("  "));
    }

    private static String counted(int count, String what) {
        return count + " " + what + (count == 1 ? "" : "s");
    }

    private static List<String> header(String artifact, ApiPackages packages) {
        return List.of(
                "The public API of " + artifact + ", checked at mvn verify by build-tools/api-gate (see its README).",
                "API packages: " + packages.describe() + ".",
                "Each public or protected class, then its fields, constructors and methods, with their types.",
                "Written by the gate, not by hand: accept a deliberate change with mvn verify " + UPDATE_HINT
                        + " and commit this file with it.");
    }

    private static boolean flag(String value, String name) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(name + " must be true or false, got \"" + value + "\"; " + USAGE);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static void write(Path file, String text) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
