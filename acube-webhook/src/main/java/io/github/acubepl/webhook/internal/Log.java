package io.github.acubepl.webhook.internal;

/** The module's logger: {@code System.Logger} {@value #NAME}, no logging library. */
public final class Log {
    public static final String NAME = "io.github.acubepl.webhook";
    public static final System.Logger LOGGER = System.getLogger(NAME);

    private Log() {
    }
}
