package io.github.pctransfers.cli;

import java.util.regex.Pattern;

/** How the command line prints an error message: on one line (parsers report several). */
final class Messages {
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private Messages() {
    }

    /** The message stripped, each line break with the blanks around it one space; "" for null. */
    static String oneLine(String message) {
        return message == null ? "" : LINE_BREAK.matcher(message.strip()).replaceAll(" ");
    }
}
