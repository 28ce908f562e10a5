package io.github.demo.internal.deep;

/** Below an internal segment: not API either. */
public class Wiring {
}
