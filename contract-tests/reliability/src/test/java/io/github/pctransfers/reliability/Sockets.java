package io.github.pctransfers.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Counts this machine's established TCP connections to a local port, from /proc/net/tcp and tcp6 (Linux). */
final class Sockets {
    private Sockets() {
    }

    static boolean available() {
        return Files.isReadable(Paths.get("/proc/self/net/tcp"));
    }

    /** Established connections whose remote end is {@code port}: the client side of connections to a server. */
    static int establishedTo(int port) {
        int count = 0;
        for (String name : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            Path file = Paths.get(name);
            if (!Files.isReadable(file)) {
                continue;
            }
            try {
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 4 || !f[3].equals("01")) {
                        continue; // header, or not ESTABLISHED
                    }
                    String remote = f[2];
                    int remotePort = Integer.parseInt(remote.substring(remote.indexOf(':') + 1), 16);
                    if (remotePort == port) {
                        count++;
                    }
                }
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + name + ": " + e, e);
            }
        }
        return count;
    }

}
