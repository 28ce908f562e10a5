package io.github.pctransfers.reliability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Looks at every log event of the suite as it happens, whatever its level: the formatted message, the arguments,
 * the MDC and each throwable in the chain with its message. Counts them (so that the scan is known to have seen
 * the wire log) and keeps the ones holding a canary. Nothing is stored otherwise, so a long load stays cheap.
 */
public final class CanaryScanningAppender extends AppenderBase<ILoggingEvent> {
    private static final AtomicLong EVENTS = new AtomicLong();
    private static final AtomicLong WIRE_EVENTS = new AtomicLong();
    private static final List<String> LEAKS = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        EVENTS.incrementAndGet();
        if (event.getLoggerName().startsWith("io.github.pctransfers.client.http.wire")) {
            WIRE_EVENTS.incrementAndGet();
        }
        StringBuilder text = new StringBuilder(event.getLoggerName()).append(' ').append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object arg : event.getArgumentArray()) {
                text.append(' ').append(arg);
            }
        }
        text.append(' ').append(event.getMDCPropertyMap());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append(' ').append(frame.getSTEAsString());
            }
        }
        if (Canary.leaksIn(text)) {
            synchronized (LEAKS) {
                LEAKS.add(text.toString());
            }
        }
    }

    static long events() {
        return EVENTS.get();
    }

    static long wireEvents() {
        return WIRE_EVENTS.get();
    }

    static List<String> leaks() {
        synchronized (LEAKS) {
            return List.copyOf(LEAKS);
        }
    }
}
