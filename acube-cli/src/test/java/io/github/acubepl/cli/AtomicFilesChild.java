package io.github.acubepl.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A process that starts writing {@code args[0]} through {@link AtomicFiles}, says "writing" on standard
 * output once its temporary file exists, and then waits for ever: the test stops it with a signal.
 */
public final class AtomicFilesChild {
    private AtomicFilesChild() {
    }

    /**
     * Runs until killed.
     *
     * @param args the target file
     */
    public static void main(String[] args) throws IOException {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("half an invoice".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException("interrupted");
            }
        });
    }
}
