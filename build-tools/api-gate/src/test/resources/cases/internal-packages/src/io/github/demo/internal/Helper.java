package io.github.demo.internal;

/** In an internal package: public for the library's own packages, not API. */
public class Helper {
    public void help() {
    }
}
