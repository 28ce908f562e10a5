package io.github.demo.shapes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** An abstract generic class: bounds, wildcards, protected members and nested classes. */
public abstract class Container<T extends Number & Comparable<T>> {
    protected List<T> items;

    protected Container() {
    }

    /** The throws clause is not listed: checked exceptions do not take part in linking. */
    public abstract <R> Map<String, ? extends R> index(Function<? super T, R> key) throws IOException;

    public T[][] grid() {
        return null;
    }

    /** A nested static class; its final field with a constant initialiser has a ConstantValue. */
    public static class Entry {
        public final int weight = 3;
    }

    /** An inner class: its constructor takes the enclosing instance. */
    public class Cursor {
        public T current() {
            return null;
        }
    }

    /** Protected nested class of an extendable class: subclasses elsewhere can use it. */
    protected static class Hook {
        protected void fire() {
        }
    }

    private static class Secret {
        public void reveal() {
        }
    }

    static class PackageOnly {
        public void visible() {
        }
    }
}
