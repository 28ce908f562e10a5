package io.github.pctransfers.client.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every recorded exchange to an HTTP Archive (HAR 1.2) that {@code transfers-conformance check --har}
 * reads as it is. See client/README.md, "Recording traffic".
 *
 * <p>The file is a complete archive after every entry: it starts as {@code {"log":{...,"entries":[ ]}}}, and each
 * entry is written, with the closing {@code ]}}} after it, in one positioned write over the previous closing
 * bracket. A process that dies between two writes leaves a readable archive with every entry written so far;
 * {@link #close()} only releases the file. Entries are serialized on the calling thread and written under a lock,
 * one line each.
 *
 * <p>Bodies longer than {@link Builder#maxBodyBytes(int)} are cut (at a character boundary); the cut is marked
 * on the {@code content} or {@code postData} object with {@code "_truncated": true} and a {@code comment}, and
 * {@code content.size} keeps the real size. A body that is not UTF-8 text is left out, with a comment. When the
 * next entry would take a file past {@link Builder#rollOverBytes(long)}, the recorder starts a new file:
 * {@code traffic.har}, {@code traffic-1.har}, {@code traffic-2.har}..., each a complete archive. An existing file
 * is never overwritten: the next free name is taken.
 *
 * <p>A write that fails (disk full) is logged at WARN once; the recorder then stops ({@link #failure()}), and calls
 * go on unrecorded.
 */
public final class HarRecorder implements TrafficRecorder {
    /** Default {@link Builder#maxBodyBytes(int)}: 256 KiB, far above any transfers body. */
    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    /** Default {@link Builder#rollOverBytes(long)}: 100 MB. */
    public static final long DEFAULT_ROLL_OVER_BYTES = 100L * 1000 * 1000;

    private static final Logger LOG = LoggerFactory.getLogger(HarRecorder.class);
    private static final byte[] TRAILER = "\n]}}\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] FIRST = "\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT = ",\n".getBytes(StandardCharsets.UTF_8);

    private final Path first;
    private final HarEntries entries;
    private final long rollOverBytes;
    private final byte[] header;
    private final List<Path> files = new ArrayList<>();
    private final Object lock = new Object();
    private FileChannel channel;
    private long trailerAt;
    private int entriesInFile;
    private long recorded;
    private boolean closed;
    private IOException failure;

    private HarRecorder(Builder b) {
        this.first = b.file;
        this.entries = new HarEntries(b.maxBodyBytes);
        this.rollOverBytes = b.rollOverBytes;
        this.header = HarEntries.header(b.creatorName, b.creatorVersion);
        try {
            openNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the HAR file " + b.file + ": " + e, e);
        }
    }

    /**
     * A recorder writing to {@code file} (and, once it is full, to numbered files next to it).
     *
     * @param file the file
     * @return a new builder
     */
    public static Builder builder(Path file) {
        return new Builder(file);
    }

    @Override
    public void record(RecordedExchange exchange) {
        Objects.requireNonNull(exchange, "exchange");
        byte[] entry = entries.entry(exchange);
        synchronized (lock) {
            if (closed || failure != null) {
                return;
            }
            try {
                write(entry);
                recorded++;
            } catch (IOException e) {
                failure = e;
                LOG.warn("HAR recording stopped: cannot write to {}: {}", current(), e.toString());
                closeQuietly();
            }
        }
    }

    /** Closes the current file, which is already a complete archive. Later exchanges are not recorded. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            if (channel != null) {
                try {
                    channel.force(true);
                } catch (IOException e) {
                    LOG.warn("HAR recording: cannot flush {}: {}", current(), e.toString());
                }
                closeQuietly();
            }
        }
    }

    /**
     * The files written so far, oldest first.
     *
     * @return the files written so far, oldest first
     */
    public List<Path> files() {
        synchronized (lock) {
            return List.copyOf(files);
        }
    }

    /**
     * How many exchanges were written.
     *
     * @return how many exchanges were written
     */
    public long recordedCount() {
        synchronized (lock) {
            return recorded;
        }
    }

    /**
     * Why recording stopped, if a write failed.
     *
     * @return why recording stopped, if a write failed
     */
    public Optional<IOException> failure() {
        synchronized (lock) {
            return Optional.ofNullable(failure);
        }
    }

    @Override
    public String toString() {
        return "HarRecorder{" + first + ", maxBodyBytes=" + entries.maxBodyBytes() + ", rollOverBytes="
                + rollOverBytes + "}";
    }

    // ---- writing, under the lock ---------------------------------------------------------------------------------

    private void write(byte[] entry) throws IOException {
        byte[] separator = entriesInFile == 0 ? FIRST : NEXT;
        long end = trailerAt + separator.length + entry.length + TRAILER.length;
        if (entriesInFile > 0 && end > rollOverBytes) {
            closeQuietly();
            openNext();
            separator = FIRST;
        }
        ByteBuffer buffer = ByteBuffer.allocate(separator.length + entry.length + TRAILER.length);
        buffer.put(separator).put(entry).put(TRAILER).flip();
        long at = trailerAt;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        trailerAt += separator.length + entry.length;
        entriesInFile++;
    }

    private void openNext() throws IOException {
        Path parent = first.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        for (int n = files.size(); ; n++) {
            Path candidate = numbered(first, n);
            try {
                channel = FileChannel.open(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException taken) {
                continue;
            }
            files.add(candidate);
            break;
        }
        ByteBuffer buffer = ByteBuffer.allocate(header.length + TRAILER.length);
        buffer.put(header).put(TRAILER).flip();
        long at = 0;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
        trailerAt = header.length;
        entriesInFile = 0;
    }

    /** {@code traffic.har}, then {@code traffic-1.har}, {@code traffic-2.har}... */
    static Path numbered(Path file, int n) {
        if (n == 0) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return file.resolveSibling(numbered);
    }

    private Path current() {
        return files.isEmpty() ? first : files.get(files.size() - 1);
    }

    private void closeQuietly() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // The archive was complete after the last write; nothing is lost by a failing close.
        }
    }

    /** Builds a {@link HarRecorder}. */
    public static final class Builder {
        private final Path file;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private long rollOverBytes = DEFAULT_ROLL_OVER_BYTES;
        private String creatorName = "pc-transfers-client";
        private String creatorVersion = Optional.ofNullable(HarRecorder.class.getPackage().getImplementationVersion())
                .orElse("dev");

        private Builder(Path file) {
            this.file = Objects.requireNonNull(file, "file");
        }

        /**
         * How many bytes of each body are kept (default {@link #DEFAULT_MAX_BODY_BYTES}); 0 keeps none.
         *
         * @param maxBodyBytes the max body bytes
         * @return this builder
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 0) {
                throw new IllegalArgumentException("maxBodyBytes must be 0 or more, got " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The size at which a new file is started (default {@link #DEFAULT_ROLL_OVER_BYTES}). A file always takes at
         * least one entry, so an entry larger than this gets a file of its own.
         *
         * @param rollOverBytes the size at which a new file is started (default {@link #DEFAULT_ROLL_OVER_BYTES})
         * @return this builder
         */
        public Builder rollOverBytes(long rollOverBytes) {
            if (rollOverBytes < 1024) {
                throw new IllegalArgumentException("rollOverBytes must be at least 1024, got " + rollOverBytes);
            }
            this.rollOverBytes = rollOverBytes;
            return this;
        }

        /**
         * {@code log.creator} of the archive (default {@code pc-transfers-client} and its version).
         *
         * @param name the name
         * @param version the version
         * @return this builder
         */
        public Builder creator(String name, String version) {
            this.creatorName = Objects.requireNonNull(name, "name");
            this.creatorVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Creates the first file, as a complete empty archive.
         *
         * @return the har recorder
         * @throws UncheckedIOException when it cannot be created
         */
        public HarRecorder build() {
            return new HarRecorder(this);
        }
    }
}
