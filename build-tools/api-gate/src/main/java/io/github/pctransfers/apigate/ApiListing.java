package io.github.pctransfers.apigate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The public API of an artifact, and its text form (the record file): one line per class, then its members, each
 * indented by two spaces, classes sorted by binary name, members by kind (fields, constructors, methods), name and
 * text; {@code #} lines are comments and blank lines separate classes. Every line names its owner in full, so that
 * one line of a diff says exactly what changed.
 *
 * @param classes the API classes, sorted by name
 */
record ApiListing(List<ApiClass> classes) {

    static final String INDENT = "  ";
    private static final Set<String> CLASS_KINDS = Set.of("class", "interface", "@interface", "enum", "record");

    ApiListing {
        classes = classes.stream().sorted(Comparator.comparing(ApiClass::name)).toList();
    }

    /**
     * One API class.
     *
     * @param name binary name, dotted: {@code io.github.pctransfers.client.TransfersClient$Builder}
     * @param declaration its line: {@code public static final class ...$Builder}
     * @param members one line per public or protected constructor, method and field, sorted
     */
    record ApiClass(String name, String declaration, List<String> members) {
        ApiClass {
            members = members.stream().distinct().sorted(memberOrder(name)).toList();
        }
    }

    int memberCount() {
        return classes.stream().mapToInt(apiClass -> apiClass.members().size()).sum();
    }

    /** The record file: the header lines (each prefixed with "# "), then the classes. */
    String render(List<String> header) {
        StringBuilder text = new StringBuilder();
        header.forEach(line -> text.append("# ").append(line).append('\n'));
        for (ApiClass apiClass : classes) {
            text.append('\n').append(apiClass.declaration()).append('\n');
            apiClass.members().forEach(member -> text.append(INDENT).append(member).append('\n'));
        }
        return text.toString();
    }

    /** Reads a record file; the line number and the reason if it is not one. */
    static ApiListing parse(String text) {
        TreeMap<String, String> declarations = new TreeMap<>();
        TreeMap<String, List<String>> members = new TreeMap<>();
        String current = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith(" ")) {
                if (current == null) {
                    throw new IllegalArgumentException(
                            "line " + (i + 1) + ": a member before any class: " + line.strip());
                }
                members.get(current).add(line.strip());
            } else {
                int lineNumber = i + 1;
                current = classNameOf(line).orElseThrow(() -> new IllegalArgumentException(
                        "line " + lineNumber + ": neither a class (no class, interface, @interface, enum or record"
                                + " keyword) nor an indented member: " + line));
                if (declarations.put(current, line.strip()) != null) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": class " + current + " listed twice");
                }
                members.put(current, new ArrayList<>());
            }
        }
        List<ApiClass> classes = new ArrayList<>();
        declarations.forEach((name, declaration) -> classes.add(new ApiClass(name, declaration, members.get(name))));
        return new ApiListing(classes);
    }

    /** The class name of a declaration line: the word after its kind keyword, without type parameters. */
    static Optional<String> classNameOf(String declaration) {
        String[] words = declaration.strip().split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            if (CLASS_KINDS.contains(words[i])) {
                String name = words[i + 1];
                int typeParameters = name.indexOf('<');
                return Optional.of(typeParameters < 0 ? name : name.substring(0, typeParameters));
            }
        }
        return Optional.empty();
    }

    /**
     * Orders the member lines of class {@code owner}: fields, then constructors, then methods; each by name, then
     * by text (overloads). Reads the kind and name from the line itself, so that a record and a fresh listing sort
     * alike: a field's line has no parenthesis before its constant value, a constructor's name is its class.
     */
    static Comparator<String> memberOrder(String owner) {
        return Comparator.comparingInt((String line) -> memberKind(owner, line))
                .thenComparing(line -> memberName(line))
                .thenComparing(Comparator.naturalOrder());
    }

    private static int memberKind(String owner, String line) {
        boolean field = !line.split(" = ", 2)[0].contains("(");
        if (field) {
            return 0;
        }
        return qualifiedName(memberHead(line)).equals(owner) ? 1 : 2;
    }

    private static String memberName(String line) {
        return qualifiedName(memberHead(line));
    }

    /** The line up to the parameter list (methods, constructors) or the constant value (fields). */
    private static String memberHead(String line) {
        int constant = line.indexOf(" = ");
        String declaration = constant < 0 ? line : line.substring(0, constant);
        int parameters = declaration.indexOf('(');
        return parameters < 0 ? declaration : declaration.substring(0, parameters);
    }

    private static String qualifiedName(String head) {
        return head.substring(head.lastIndexOf(' ') + 1);
    }
}
