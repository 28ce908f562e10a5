package io.github.demo.shapes;

/** An interface: abstract, default and static methods, and a constant. */
public interface Shape extends Comparable<Shape> {
    int SIDES_UNKNOWN = -1;

    double area();

    default String describe() {
        return "a shape of area " + area();
    }

    static Shape unit() {
        return new Square(1);
    }
}
