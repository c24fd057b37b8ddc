package io.github.acubepl.transport.internal;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * The body handler of one attempt: collects the body up to a cap and never further. A
 * {@code Content-Length} above the cap stops the exchange before any body byte is read; a body that
 * grows past the cap is cut there. Either way the subscription is cancelled, which makes the JDK
 * close the connection (nothing keeps reading in the background), and the result is marked
 * {@linkplain Body#complete() incomplete} with a short prefix for messages.
 *
 * <p>{@link #abort()} cancels the body of an attempt that ran out of time. One instance per attempt.
 */
public final class CappedBody implements HttpResponse.BodyHandler<CappedBody.Body> {
    /** How much of a cut body is kept for messages. */
    public static final int KEPT_PREFIX = 4096;

    /**
     * What was received.
     *
     * @param bytes the whole body, or (when not complete) its first {@value #KEPT_PREFIX} bytes at most
     * @param complete whether the body was read to its end (false: cut at the cap)
     * @param announced the {@code Content-Length}, or -1 if none was given
     */
    public record Body(byte[] bytes, boolean complete, long announced) {
    }

    private final long cap;
    private volatile int status = -1;
    private volatile @Nullable Subscriber subscriber;
    private volatile boolean aborted;

    public CappedBody(long cap) {
        this.cap = cap;
    }

    @Override
    public HttpResponse.BodySubscriber<Body> apply(HttpResponse.ResponseInfo info) {
        status = info.statusCode();
        long announced = info.headers().firstValueAsLong("Content-Length").orElse(-1L);
        Subscriber s = new Subscriber(cap, announced);
        subscriber = s;
        if (aborted) {
            s.abort();
        }
        return s;
    }

    /** The status of the answer, or -1 while its headers have not come. */
    public int status() {
        return status;
    }

    /** Stops reading the body (if it is being read) and drops what was collected. */
    public void abort() {
        aborted = true;
        Subscriber s = subscriber;
        if (s != null) {
            s.abort();
        }
    }

    private static final class Subscriber implements HttpResponse.BodySubscriber<Body> {
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private final long cap;
        private final long announced;
        private final List<byte[]> chunks = new ArrayList<>();
        private long received;
        private volatile Flow.@Nullable Subscription subscription;
        private volatile boolean done;

        Subscriber(long cap, long announced) {
            this.cap = cap;
            this.announced = announced;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (done) {
                s.cancel();
                return;
            }
            if (announced > cap) {
                cut();
                return;
            }
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (done) {
                return;
            }
            for (ByteBuffer b : items) {
                int n = b.remaining();
                if (received + n > cap) {
                    int fits = (int) (cap - received);
                    if (fits > 0) {
                        byte[] part = new byte[fits];
                        b.get(part);
                        chunks.add(part);
                        received += fits;
                    }
                    cut();
                    return;
                }
                byte[] chunk = new byte[n];
                b.get(chunk);
                chunks.add(chunk);
                received += n;
            }
        }

        @Override
        public void onError(Throwable throwable) {
            done = true;
            chunks.clear();
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            if (done) {
                return;
            }
            done = true;
            result.complete(new Body(join(Integer.MAX_VALUE), true, announced));
        }

        /** Past the cap: keep a prefix, stop the exchange, hand back what is known. */
        private void cut() {
            done = true;
            byte[] prefix = join(KEPT_PREFIX);
            chunks.clear();
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.complete(new Body(prefix, false, announced));
        }

        void abort() {
            done = true;
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.cancel(false);
        }

        private byte[] join(int max) {
            long total = Math.min(received, max);
            byte[] out = new byte[(int) total];
            int at = 0;
            for (byte[] c : chunks) {
                int n = Math.min(c.length, out.length - at);
                System.arraycopy(c, 0, out, at, n);
                at += n;
                if (at == out.length) {
                    break;
                }
            }
            return out;
        }
    }
}
