package io.github.acubepl.sandbox;

import java.time.Instant;

/** Runs a sandbox's lifecycle steps when they fall due on its clock. Closing it drops the steps not yet run. */
interface SandboxTimer extends AutoCloseable {
    /** Runs {@code step} once the clock reaches {@code due} (at once if it already has). */
    void schedule(Instant due, Runnable step);

    @Override
    void close();
}
