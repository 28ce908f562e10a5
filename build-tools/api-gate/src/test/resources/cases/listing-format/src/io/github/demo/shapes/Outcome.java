package io.github.demo.shapes;

/** A sealed interface: only its permitted subclasses may implement it. */
public sealed interface Outcome permits Outcome.Success, Outcome.Failure {

    /** A record nested in an interface is implicitly static. */
    record Success(String value) implements Outcome {
    }

    record Failure(String reason) implements Outcome {
    }
}
