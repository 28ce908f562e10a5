package io.github.pctransfers.micrometer;

import io.github.pctransfers.simulator.TransfersSimulator;

/** One simulator for every test class of this module (starting one costs a second or two), stopped at exit. */
final class SharedSimulator {
    static final TransfersSimulator SIMULATOR = start();

    private SharedSimulator() {
    }

    private static TransfersSimulator start() {
        TransfersSimulator simulator = TransfersSimulator.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-stop"));
        return simulator;
    }
}
