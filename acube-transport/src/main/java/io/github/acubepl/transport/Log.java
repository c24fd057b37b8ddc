package io.github.acubepl.transport;

/** The client's logger: {@code System.Logger} {@value #NAME}, no logging library. */
final class Log {
    static final String NAME = "io.github.acubepl.transport";
    static final System.Logger LOGGER = System.getLogger(NAME);

    private Log() {
    }
}
