package io.github.acubepl.transport.internal;

/** The client's logger: {@code System.Logger} {@value #NAME}, no logging library. */
public final class Log {
    public static final String NAME = "io.github.acubepl.transport";
    public static final System.Logger LOGGER = System.getLogger(NAME);

    private Log() {
    }
}
