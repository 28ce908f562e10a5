package io.github.demo.shapes;

/** An annotation type: its elements are abstract methods. */
public @interface Marker {
    String value() default "";
}
