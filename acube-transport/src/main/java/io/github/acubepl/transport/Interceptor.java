package io.github.acubepl.transport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A hook around every HTTP attempt the client makes, for tracing, metrics or extra headers
 * without forking the client (in the spirit of OkHttp's network interceptors). Register it with
 * {@link AcubeClient.Builder#addInterceptor(Interceptor)}; several run in the order they were added,
 * the first one outermost.
 *
 * <pre>{@code
 * Interceptor tracing = chain -> chain.proceed(
 *         chain.request().withHeader("X-Request-ID", UUID.randomUUID().toString()));
 * }</pre>
 *
 * <p><b>Per attempt, not per call.</b> The chain runs once for each HTTP exchange: each retry of a
 * call, the login ({@code POST /login}) and the repeat after a refused token each run it again, so
 * that metrics count what really crossed the network; {@link Chain#attempt()} tells the retries of
 * one call apart. An interceptor must call {@link Chain#proceed(Request)} exactly once and return
 * what it returned (a {@link Response} cannot be made up); it cannot retry on its own, since
 * repeating a POST is the client's decision (see {@link RetryPolicy}).
 *
 * <p><b>What it sees.</b> The method, the URI, the headers the client sends and the status and
 * headers of the answer, never a body: the answer's body stays behind the client's size cap
 * ({@link AcubeClient.Builder#maxResponseBytes(long)}), and request bodies carry the password of
 * the login and the KSeF tokens of legal entities. The {@code Authorization} header is added after
 * the interceptors and is not shown to them: tracing and metrics do not need the bearer token, and
 * a token an interceptor can read is one log line away from a leak. An interceptor may add headers
 * ({@link Request#withHeader(String, String)}), not change the method, the URI or the headers the
 * client sets itself.
 *
 * <p><b>Failures.</b> An {@link IOException} thrown by an interceptor is a failed attempt like a
 * broken connection: retried under the {@link RetryPolicy} when the call may be repeated. Any other
 * exception ends the call without a retry: in an {@link AcubeOutcomeUnknownException} when it came
 * after a POST that may have taken effect was sent, else in an {@link AcubeException}; either has
 * the interceptor's exception as its cause. Interceptors run on the calling thread, outside the
 * per-attempt and per-call deadlines, and must be thread-safe.
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles one attempt: usually reads or decorates {@code chain.request()}, calls
     * {@link Chain#proceed(Request)} and returns its response.
     *
     * @throws IOException to fail the attempt as a connection failure would
     */
    Response intercept(Chain chain) throws IOException;

    /** One attempt, as the interceptor at this place of the chain sees it. */
    interface Chain {
        /** The request as the previous interceptors left it. */
        Request request();

        /**
         * Hands {@code request} to the next interceptor or, after the last one, sends it and reads
         * the whole answer.
         *
         * @param request {@link #request()} or a copy of it with added headers
         * @throws IOException if the attempt failed (no answer, timed out), or a later interceptor
         *     threw one
         * @throws IllegalStateException if called a second time
         * @throws IllegalArgumentException if {@code request} belongs to another attempt
         */
        Response proceed(Request request) throws IOException;

        /** The attempt's number within its call, from 1 (retries count up). */
        int attempt();
    }

    /**
     * The request of one attempt, without its body and without the {@code Authorization} header.
     * Immutable; {@link #toString()} shows the method, the URI and the header names.
     */
    final class Request {
        private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
        /** Headers the client sets itself, or that the JDK's HTTP client does not let anyone set. */
        private static final Set<String> RESERVED = Set.of("accept", "authorization", "connection", "content-length",
                "content-type", "expect", "host", "upgrade", "user-agent");

        private final String method;
        private final URI uri;
        private final boolean authenticated;
        private final Map<String, List<String>> base;
        private final List<Map.Entry<String, String>> added;
        /** The attempt this request belongs to (a request of another attempt is refused). */
        final Object attempt;

        Request(String method, URI uri, boolean authenticated, Map<String, List<String>> base,
                List<Map.Entry<String, String>> added, Object attempt) {
            this.method = method;
            this.uri = uri;
            this.authenticated = authenticated;
            this.base = base;
            this.added = List.copyOf(added);
            this.attempt = attempt;
        }

        /** The HTTP method, e.g. {@code POST}. */
        public String method() {
            return method;
        }

        /** The whole URI, with the query. */
        public URI uri() {
            return uri;
        }

        /**
         * Whether the client sends a bearer token with this request (every call but the login). The
         * token itself is not shown to interceptors.
         */
        public boolean authenticated() {
            return authenticated;
        }

        /**
         * The headers the client sends, by name (case-insensitive), {@code Authorization} left out:
         * the client's own ({@code Accept}, {@code User-Agent}, {@code Content-Type} when there is
         * a body) and those added by interceptors.
         */
        public Map<String, List<String>> headers() {
            Map<String, List<String>> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            base.forEach((k, v) -> all.put(k, List.copyOf(v)));
            for (Map.Entry<String, String> e : added) {
                all.merge(e.getKey(), List.of(e.getValue()), (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return List.copyOf(both);
                });
            }
            return Collections.unmodifiableMap(all);
        }

        /** The first value of header {@code name} (case-insensitive), if sent. */
        public Optional<String> header(String name) {
            Objects.requireNonNull(name, "name");
            List<String> values = headers().get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        /**
         * A copy with one more header (after those already there, even of the same name).
         *
         * @throws IllegalArgumentException if {@code name} is not an HTTP token or is a header the
         *     client sets itself ({@code Accept}, {@code Authorization}, {@code Content-Type},
         *     {@code User-Agent}) or the JDK forbids ({@code Connection}, {@code Content-Length},
         *     {@code Expect}, {@code Host}, {@code Upgrade}), or if {@code value} holds a control
         *     character other than tab
         */
        public Request withHeader(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (!TOKEN.matcher(name).matches()) {
                throw new IllegalArgumentException("an interceptor may add only headers named by an HTTP token "
                        + "(letters, digits, -, and a few signs); refused a name of " + name.length() + " characters");
            }
            if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("an interceptor may not set the " + name + " header: the client sets "
                        + "Accept, Authorization, Content-Type and User-Agent itself, and Connection, Content-Length, "
                        + "Expect, Host and Upgrade belong to the HTTP client");
            }
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                throw new IllegalArgumentException("the value of header " + name + " holds a control character (a line "
                        + "break would split the request); refused");
            }
            List<Map.Entry<String, String>> more = new ArrayList<>(added);
            more.add(Map.entry(name, value));
            return new Request(method, uri, authenticated, base, more, attempt);
        }

        /** The headers added by interceptors, in order (the client sends them). */
        List<Map.Entry<String, String>> added() {
            return added;
        }

        /** The method, the URI and the header names (never header values). */
        @Override
        public String toString() {
            return method + " " + uri + " " + headers().keySet();
        }
    }

    /** The status and headers of the answer to one attempt; its body is read by the client only. */
    final class Response {
        private final Request request;
        private final int status;
        private final HttpHeaders headers;
        /** The client's own answer, handed back through the chain. */
        final Object exchange;

        Response(Request request, int status, HttpHeaders headers, Object exchange) {
            this.request = request;
            this.status = status;
            this.headers = headers;
            this.exchange = exchange;
        }

        /** The request as it was sent (with every interceptor's headers). */
        public Request request() {
            return request;
        }

        /** The HTTP status code. */
        public int status() {
            return status;
        }

        /** The answer's headers, by name (case-insensitive). */
        public Map<String, List<String>> headers() {
            return headers.map();
        }

        /** The first value of header {@code name} (case-insensitive), if present. */
        public Optional<String> header(String name) {
            return headers.firstValue(Objects.requireNonNull(name, "name"));
        }

        /** The status, the method and the URI (never header values or the body). */
        @Override
        public String toString() {
            return status + " for " + request.method() + " " + request.uri();
        }
    }
}
