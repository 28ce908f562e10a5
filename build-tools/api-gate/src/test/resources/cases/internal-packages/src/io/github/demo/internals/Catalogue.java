package io.github.demo.internals;

/** "internals" is not an "internal" segment: this is API. */
public class Catalogue {
}
