package io.github.demo.api;

public class Facade {
    public void call() {
    }
}
