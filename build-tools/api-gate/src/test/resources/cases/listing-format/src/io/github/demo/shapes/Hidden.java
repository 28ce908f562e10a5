package io.github.demo.shapes;

/** Package-private: not API, whatever its members say. */
class Hidden {
    public void visible() {
    }
}
