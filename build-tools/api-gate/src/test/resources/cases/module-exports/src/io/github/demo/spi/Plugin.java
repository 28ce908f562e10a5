package io.github.demo.spi;

/** Exported to a friend module only: not public API. */
public interface Plugin {
    void start();
}
