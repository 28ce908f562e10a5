package io.github.demo.shapes;

/** A record: canonical constructor, accessors and the generated equals, hashCode and toString. */
public record Point(int x, int y) {
    public static Point origin() {
        return new Point(0, 0);
    }
}
