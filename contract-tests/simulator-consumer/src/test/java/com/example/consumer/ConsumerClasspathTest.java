package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What depending on pc-transfers-simulator with test scope puts on a user's classpath: the simulator, the client,
 * Jackson and one WireMock; none of the conformance kit's heavy dependencies.
 */
class ConsumerClasspathTest {
    private static final List<String> CLASSPATH = Arrays.asList(
            System.getProperty("java.class.path").split(File.pathSeparator));

    private static List<String> entriesNamed(String part) {
        return CLASSPATH.stream().filter(entry -> new File(entry).getName().contains(part)
                || entry.replace(File.separatorChar, '/').contains("/" + part + "/")).collect(Collectors.toList());
    }

    @Test
    void noConformanceKitDependencyReachesTheClasspath() {
        for (String forbidden : List.of("swagger-request-validator", "swagger-parser", "picocli", "guava",
                "pc-transfers-conformance", "openapi-diff")) {
            assertEquals(List.of(), entriesNamed(forbidden), forbidden + " on the classpath of " + CLASSPATH);
        }
    }

    @Test
    void exactlyOneWireMockIsOnTheClasspath() {
        List<String> wiremocks = CLASSPATH.stream().filter(e -> new File(e).getName().startsWith("wiremock"))
                .collect(Collectors.toList());
        assertEquals(1, wiremocks.size(), "WireMock jars: " + wiremocks);
    }

    @Test
    void theSimulatorAndTheClientAreThere() {
        assertTrue(CLASSPATH.stream().anyMatch(e -> e.contains("simulator")), "simulator: " + CLASSPATH);
        assertTrue(CLASSPATH.stream().anyMatch(e -> e.contains("client")), "client: " + CLASSPATH);
    }

    @Test
    void theTestsAreCompiledForJava11() throws IOException {
        assertEquals(55, classFileMajorVersion(SimulatorBesideOwnWireMockTest.class));
    }

    @Test
    void theSimulatorIsCompiledForJava11() throws IOException {
        assertEquals(55, classFileMajorVersion(io.github.pctransfers.simulator.TransfersSimulator.class));
        assertEquals(55, classFileMajorVersion(io.github.pctransfers.simulator.junit.TransfersSimulatorTest.class));
    }

    private static int classFileMajorVersion(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class");
                DataInputStream data = new DataInputStream(in)) {
            data.readInt(); // magic
            data.readUnsignedShort(); // minor
            return data.readUnsignedShort();
        }
    }
}
