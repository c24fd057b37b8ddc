package io.github.acubepl.webhook;

/** The module's logger: {@code System.Logger} {@value #NAME}, no logging library. */
final class Log {
    static final String NAME = "io.github.acubepl.webhook";
    static final System.Logger LOGGER = System.getLogger(NAME);

    private Log() {
    }
}
