package io.github.acubepl.purchases.internal;

/** The module's logger: {@code System.Logger} {@value #NAME}, no logging library. */
public final class Log {
    /** The logger's name. */
    public static final String NAME = "io.github.acubepl.purchases";
    /** The logger. */
    public static final System.Logger LOGGER = System.getLogger(NAME);

    private Log() {
    }
}
