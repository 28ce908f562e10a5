package io.github.pctransfers.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures every log line of the library's loggers, at DEBUG, while open. */
final class LogCapture implements AutoCloseable {
    private static final String LIBRARY = "io.github.pctransfers";
    private final Logger logger = (Logger) LoggerFactory.getLogger(LIBRARY);
    private final Level previous;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    LogCapture() {
        previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        appender.start();
        logger.addAppender(appender);
    }

    /** Each line as it would be printed: logger, level, formatted message and any throwable with its causes. */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        for (ILoggingEvent e : appender.list) {
            StringBuilder b = new StringBuilder(e.getLoggerName()).append(' ').append(e.getLevel()).append(' ')
                    .append(e.getFormattedMessage());
            for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                b.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            out.add(b.toString());
        }
        return out;
    }

    String all() {
        return String.join("\n", lines());
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previous);
    }
}
