package io.github.demo.shapes;

import java.util.List;

/** A final class: constants of each kind, varargs, and members that are not API. */
public final class Square implements Shape, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String KIND = "square \"quoted\"\n";
    public static final long MAX_SIDE = 1L << 40;
    public static final char SYMBOL = '\u25a1';
    public static final boolean FILLED = false;
    public static final float RATIO = 0.5f;
    /** Not a constant: no value in the listing. */
    public static final List<String> NAMES = List.of("square");

    private final double side;
    /** Protected in a final class: nobody outside the package can reach it. */
    protected int unreachable;

    public Square(double side) {
        this.side = side;
    }

    Square() {
        this(0);
    }

    @Override
    public double area() {
        return side * side;
    }

    /** Compiles to a synthetic bridge compareTo(Object) as well, which is not listed. */
    @Override
    public int compareTo(Shape other) {
        return Double.compare(area(), other.area());
    }

    public static double total(Square... squares) {
        double sum = 0;
        for (Square square : squares) {
            sum += square.area();
        }
        return sum;
    }

    /** The lambda's synthetic method and the anonymous class are not listed. */
    public Runnable printer() {
        Runnable anonymous = new Runnable() {
            @Override
            public void run() {
            }
        };
        return () -> anonymous.run();
    }

    private void helper() {
    }
}
