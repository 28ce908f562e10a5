package io.github.demo.shapes;

/** An enum with a constant body (an anonymous class, not listed) and a protected method (unreachable). */
public enum Color {
    RED,
    GREEN {
        @Override
        public String code() {
            return "g";
        }
    };

    public String code() {
        return "c";
    }

    protected void unreachable() {
    }
}
