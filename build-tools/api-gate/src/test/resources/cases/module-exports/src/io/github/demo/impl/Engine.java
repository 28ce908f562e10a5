package io.github.demo.impl;

/** Public but not exported: not API (no internal segment needed). */
public class Engine {
}
