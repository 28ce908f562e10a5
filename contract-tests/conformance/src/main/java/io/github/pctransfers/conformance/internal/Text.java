package io.github.pctransfers.conformance.internal;

import java.util.regex.Pattern;

/** How the kit shortens text for findings and messages. Internal to the kit: not an API. */
public final class Text {
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Text() {
    }

    /**
     * A message on one line (parsers report several): stripped, each line break a space; "" for null.
     *
     * @param message what went wrong
     * @return a message on one line (parsers report several): stripped, each line break a space; "" for null
     */
    public static String oneLine(String message) {
        return message == null ? "" : LINE_BREAK.matcher(message.strip()).replaceAll(" ");
    }

    /**
     * {@code text} stripped, and cut to {@code max} characters ending in {@code ...} when longer; null for null.
     *
     * @param text the text
     * @param max the max
     * @return {@code text} stripped, and cut to {@code max} characters ending in {@code ...} when longer; null for null
     */
    public static String abbreviate(String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 3) + "...";
    }

    /**
     * A property name as a JSON pointer segment (RFC 6901: {@code ~} written {@code ~0}, {@code /} {@code ~1}).
     *
     * @param name the name
     * @return a property name as a JSON pointer segment (RFC 6901: {@code ~} written {@code ~0}, {@code /} {@code ~1})
     */
    public static String pointerSegment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * The file's text, read as UTF-8.
     *
     * @param file the file
     * @return the file's text, read as UTF-8
     */
    public static String readUtf8(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
