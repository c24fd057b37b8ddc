package io.github.acubepl.transport;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.transport.internal.Endpoints;
import io.github.acubepl.transport.internal.Loopback;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Seams;
import io.github.acubepl.transport.internal.Sleeper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.net.ssl.SSLParameters;
import org.jspecify.annotations.Nullable;

/**
 * The A-Cube API PL client. Build one per (environment, account) and share it: it is immutable
 * apart from its token, and thread-safe.
 *
 * <pre>{@code
 * AcubeClient client = AcubeClient.builder()
 *         .environment(environment)
 *         .credentials(Credentials.of(email, password))
 *         .tokenStore(TokenStore.file(tokenFolder))
 *         .build();
 * SentInvoice sent = client.invoices().sendXml(Files.readAllBytes(invoiceXml));
 * Invoice invoice = client.invoices().get(sent.uuid());
 * System.out.println(invoice.status());
 * }</pre>
 *
 * <p>{@code environment} is {@link Environment#SANDBOX}, {@link Environment#PRODUCTION}, or
 * {@link Environment#custom} for the local simulator; {@link TokenStore#fileInAcubeHome()} keeps
 * tokens where the {@code acube} command keeps them.
 *
 * <p>Login is implicit: the first call logs in ({@code POST /login}), and the token is reused
 * until {@code exp} minus the refresh margin, by every thread and, through a shared
 * {@link TokenStore}, by other clients. A 401 on a call triggers one new login and one repeat.
 *
 * <p>No server can hold a call or the memory hostage: every HTTP call has a deadline
 * ({@link Builder#callTimeout(Duration)}, 2 minutes by default) for all its attempts, the pauses
 * between them and the download of the body; each attempt has at most
 * {@link Builder#requestTimeout(Duration)}, body included; and no body is read past
 * {@link Builder#maxResponseBytes(long)} (32 MiB by default). When time or size runs out the
 * exchange is aborted and its connection closed. A call that may be repeated then ends in
 * {@link AcubeConnectionException} (no complete answer in time) or {@link AcubeApiException} (an
 * answer too large, or not what the endpoint promises); a POST that may have reached the server ends
 * in {@link AcubeOutcomeUnknownException} and is never repeated.
 *
 * <p>One client may run for weeks. A connection that a CDN, load balancer or NAT dropped silently
 * stays in the pool looking alive, so the client opens fresh connections after a call failed on
 * I/O (no answer in time, a reset, an early end of stream) and before a call that follows an idle
 * period ({@link Builder#connectionMaxIdle(Duration)}); {@link #reconnect()} does it on demand. A
 * call that met a dead connection still ends as above (a POST is never sent twice); the next one
 * goes through a fresh connection.
 */
public final class AcubeClient {
    private final Environment environment;
    private final Api api;
    private final HttpConnections connections;
    private final LegalEntities legalEntities;
    private final KsefTokens ksefTokens;
    private final Webhooks webhooks;
    private final Invoices invoices;
    private final String description;
    /** What built this client, with the token store and HTTP client it uses ({@link #newBuilder()}). */
    private final Builder config;

    private AcubeClient(Builder b, Credentials credentials) {
        this.environment = b.environment;
        HttpClient given = b.httpClient;
        HttpConnections shared = b.sharedConnections;
        if (given != null) {
            connections = new HttpConnections(null, given, b.seams.ticker());
        } else if (shared != null && b.connectTimeout.equals(b.sharedConnectTimeout)) {
            connections = shared;
        } else {
            Duration connect = b.connectTimeout;
            connections = new HttpConnections(() -> defaultHttpClient(connect), defaultHttpClient(connect),
                    b.seams.ticker());
        }
        Transport transport = new Transport(connections, b.connectionMaxIdle, b.retryPolicy, b.seams.sleeper(),
                b.seams.jitter(), b.clock, b.seams.ticker(), b.requestTimeout, b.callTimeout, b.maxResponseBytes,
                b.interceptors);
        InvoiceMapper givenMapper = b.invoiceMapper;
        Supplier<InvoiceMapper> lazy = b.sharedMapper;
        Supplier<InvoiceMapper> mapper = givenMapper != null ? () -> givenMapper : lazy != null ? lazy
                : new LazyMapper();
        this.api = new Api(environment, b.seams.endpoints(), transport, mapper);
        TokenStore store = b.tokenStore != null ? b.tokenStore : TokenStore.inMemory();
        api.tokens(new TokenManager(environment, credentials, store, b.clock, b.tokenRefreshMargin, api::login));
        this.legalEntities = new LegalEntities(api);
        this.ksefTokens = new KsefTokens(api);
        this.webhooks = new Webhooks(api);
        this.invoices = new Invoices(api);
        this.description = "AcubeClient[" + environment + ", " + Redaction.maskEmail(credentials.email()) + "]";
        this.config = b.copy();
        config.credentials = credentials;
        config.tokenStore = store;
        config.sharedMapper = mapper;
        if (given == null) {
            config.sharedConnections = connections;
            config.sharedConnectTimeout = b.connectTimeout;
        }
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder pre-filled with this client's configuration: environment, credentials, token store,
     * clock, retry policy, timeouts, size cap, mapping engine, interceptors and HTTP client. Change
     * what differs and build a second client:
     *
     * <pre>{@code
     * AcubeClient traced = client.newBuilder()
     *         .addInterceptor(chain -> chain.proceed(chain.request().withHeader("X-Trace", "on")))
     *         .build();
     * }</pre>
     *
     * <p>The two clients share the token store (the one this client was given, or the in-memory
     * store it made for itself), so they log in once between them and reuse one token, and, unless
     * the new one is given another HTTP client or connect timeout, the HTTP client with its
     * connections (when either opens fresh connections, so does the other). Nothing else is shared: each has its own retry state and interceptors, and
     * changing the builder never changes this client.
     */
    public Builder newBuilder() {
        return config.copy();
    }

    /** The HTTP client used when none is given: TLS 1.3 or 1.2 only, no redirects, the connect timeout. */
    static HttpClient defaultHttpClient(Duration connectTimeout) {
        SSLParameters tls = new SSLParameters();
        tls.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
        HttpClient.Builder b = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .sslParameters(tls);
        return b.build();
    }

    /**
     * Drops the pooled HTTP connections: the next call opens a fresh one. Calls in flight finish
     * on the old connections. The client also does this by itself after a call failed on I/O (no
     * answer in time, a reset, an early end of stream) and before a call that follows a long idle
     * period ({@link Builder#connectionMaxIdle(Duration)}), because a connection a CDN or NAT
     * dropped silently looks alive until a call fails on it. Call it when you know the network
     * changed (a VPN came up, a proxy restarted). It sends nothing and never repeats a call.
     *
     * <p>With an HTTP client of your own ({@link Builder#httpClient(HttpClient)}) it does nothing:
     * the client never replaces yours, so its connections are yours to manage.
     */
    public void reconnect() {
        connections.reconnect();
    }

    /** The HTTP client in use now (tests). */
    HttpClient currentHttpClient() {
        return connections.current();
    }

    /** The number of the HTTP client in use: 1, then +1 for each replacement (tests). */
    long connectionGeneration() {
        return connections.generation();
    }

    /** The token manager (tests wait on its single flight). */
    TokenManager tokenManager() {
        return api.tokens();
    }

    /** Where this client talks to. */
    public Environment environment() {
        return environment;
    }

    /** The legal entities (companies). */
    public LegalEntities legalEntities() {
        return legalEntities;
    }

    /** The KSeF authorization tokens of legal entities. */
    public KsefTokens ksefTokens() {
        return ksefTokens;
    }

    /** The webhook subscriptions. */
    public Webhooks webhooks() {
        return webhooks;
    }

    /** The invoices. */
    public Invoices invoices() {
        return invoices;
    }

    /**
     * Logs in now ({@code POST /login}), whatever token is cached, and saves the new token in the
     * token store.
     *
     * @return when the new token expires
     * @throws AcubeAuthenticationException if the credentials are refused
     */
    public Instant login() {
        return api.tokens().renew().expiresAt();
    }

    /** The environment and the masked email. */
    @Override
    public String toString() {
        return description;
    }

    /** Creates the default mapping engine on first use (only sending models and XML hints need it). */
    private static final class LazyMapper implements Supplier<InvoiceMapper> {
        private volatile @Nullable InvoiceMapper mapper;

        @Override
        public InvoiceMapper get() {
            InvoiceMapper m = mapper;
            if (m == null) {
                synchronized (this) {
                    m = mapper;
                    if (m == null) {
                        m = InvoiceMapper.create();
                        mapper = m;
                    }
                }
            }
            return m;
        }
    }

    /** Configures an {@link AcubeClient}; {@link #build()} checks the whole configuration. */
    public static final class Builder {
        /** The most a byte array can hold, about 2 GiB. */
        private static final long MAX_RESPONSE_BYTES = Integer.MAX_VALUE - 16;

        private Environment environment = Environment.SANDBOX;
        private @Nullable Credentials credentials;
        private Clock clock = Clock.systemUTC();
        private @Nullable TokenStore tokenStore;
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofMinutes(2);
        private Duration connectionMaxIdle = Duration.ofMinutes(2);
        private long maxResponseBytes = 32L * 1024 * 1024;
        private @Nullable HttpClient httpClient;
        private Duration tokenRefreshMargin = Duration.ofMinutes(5);
        private @Nullable InvoiceMapper invoiceMapper;
        private final List<Interceptor> interceptors = new ArrayList<>();
        /** The connections of the client this builder was copied from (its default HTTP client), and its connect timeout. */
        private @Nullable HttpConnections sharedConnections;
        private @Nullable Duration sharedConnectTimeout;
        /** The mapping engine made on first use by that client (shared unless one is given). */
        private @Nullable Supplier<InvoiceMapper> sharedMapper;
        /** Settings that are not API (test seams), reached through {@link Seams#of(Builder)}. */
        private Seams seams = new Seams();

        static {
            Seams.register(builder -> builder.seams);
        }

        private Builder() {
        }

        private Builder copy() {
            Builder c = new Builder();
            c.environment = environment;
            c.credentials = credentials;
            c.clock = clock;
            c.tokenStore = tokenStore;
            c.retryPolicy = retryPolicy;
            c.connectTimeout = connectTimeout;
            c.requestTimeout = requestTimeout;
            c.callTimeout = callTimeout;
            c.connectionMaxIdle = connectionMaxIdle;
            c.maxResponseBytes = maxResponseBytes;
            c.httpClient = httpClient;
            c.tokenRefreshMargin = tokenRefreshMargin;
            c.invoiceMapper = invoiceMapper;
            c.interceptors.addAll(interceptors);
            c.sharedConnections = sharedConnections;
            c.sharedConnectTimeout = sharedConnectTimeout;
            c.sharedMapper = sharedMapper;
            c.seams = seams.copy();
            return c;
        }

        /** The environment (default {@link Environment#SANDBOX}). */
        public Builder environment(Environment environment) {
            this.environment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /** The account's credentials (required). */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** The clock for token expiry and {@code Retry-After} dates (default: the system UTC clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Where tokens are kept (default: a new {@link TokenStore#inMemory()} for this client). */
        public Builder tokenStore(TokenStore tokenStore) {
            this.tokenStore = Objects.requireNonNull(tokenStore, "tokenStore");
            return this;
        }

        /** The retry policy (default {@link RetryPolicy#defaults()}). */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** How to wait between retries (tests; see {@link Seams}). */
        Builder sleeper(Sleeper sleeper) {
            seams.sleeper(sleeper);
            return this;
        }

        /** The jitter source (tests; see {@link Seams}). */
        Builder jitter(DoubleSupplier jitter) {
            seams.jitter(jitter);
            return this;
        }

        /** The connect timeout of the default HTTP client (default 10 s; ignored with {@link #httpClient}). */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /**
         * The most one attempt may take, from sending the request to the last byte of the answer's
         * body (default 60 s). An attempt that runs out of it is aborted (its connection closed) and,
         * if the call may be repeated and the {@linkplain #callTimeout(Duration) call deadline}
         * leaves time, retried; a POST that may have reached the server is not repeated
         * ({@link AcubeOutcomeUnknownException}). Unlike {@link java.net.http.HttpRequest#timeout()},
         * which stops at the headers, it covers the body too.
         */
        public Builder requestTimeout(Duration requestTimeout) {
            this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
            return this;
        }

        /**
         * The budget of one HTTP call to the API (default 2 minutes): every attempt, every pause
         * between attempts (backoff or {@code Retry-After}) and the download of the body. No attempt
         * runs past it, and a pause that would end at or after it is not taken (the call ends with
         * what the last attempt gave). When it strikes mid-exchange the exchange is aborted and its
         * connection closed, and the call ends in {@link AcubeConnectionException} ("no complete
         * answer within …"), or {@link AcubeOutcomeUnknownException} for a POST that may have reached
         * the server. A method that must log in first makes two calls (the login has its own budget),
         * and one whose token is refused with 401 makes up to four.
         */
        public Builder callTimeout(Duration callTimeout) {
            this.callTimeout = Objects.requireNonNull(callTimeout, "callTimeout");
            return this;
        }

        /**
         * How long the pooled HTTP connections may stay unused before the next call opens a fresh
         * one instead (default 2 minutes). A connection a CDN, load balancer or NAT dropped
         * silently while it was idle looks alive until a request is sent on it, and a POST sent
         * into it ends in {@link AcubeOutcomeUnknownException}; an idle limit below the network's
         * avoids that at the cost of one new connection (a TLS handshake) after a quiet spell.
         * Independently of it, a call that fails on I/O makes the next one use a fresh connection
         * (see {@link AcubeClient#reconnect()}). Measured on the client's monotonic clock, not on
         * {@link #clock(Clock)}. Ignored with {@link #httpClient(HttpClient)}.
         */
        public Builder connectionMaxIdle(Duration connectionMaxIdle) {
            this.connectionMaxIdle = Objects.requireNonNull(connectionMaxIdle, "connectionMaxIdle");
            return this;
        }

        /**
         * The largest answer body the client reads, in bytes (default 32 MiB; the largest FA invoice
         * the API takes is far smaller). A {@code Content-Length} above it fails at once; a body that
         * grows past it is cut there and the exchange aborted, so that no more than this is ever held
         * in memory. Such an answer is an {@link AcubeApiException} (the server was reached), or an
         * {@link AcubeOutcomeUnknownException} when it answers a POST that succeeded (it took effect,
         * but the answer cannot be read).
         */
        public Builder maxResponseBytes(long maxResponseBytes) {
            this.maxResponseBytes = maxResponseBytes;
            return this;
        }

        /** The monotonic nanosecond counter deadlines are measured with (tests move it by hand). */
        Builder ticker(LongSupplier ticker) {
            seams.ticker(ticker);
            return this;
        }

        /**
         * The HTTP client to use instead of the default one (then its TLS, proxy, redirect and
         * connect-timeout settings are yours: do not follow redirects). The client never replaces
         * it: recovering from a connection that died silently (see {@link AcubeClient#reconnect()})
         * is then yours, e.g. by building a new {@code AcubeClient} with a new HTTP client.
         */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
            return this;
        }

        /** How long before {@code exp} a token is renewed (default 5 min). */
        public Builder tokenRefreshMargin(Duration tokenRefreshMargin) {
            this.tokenRefreshMargin = Objects.requireNonNull(tokenRefreshMargin, "tokenRefreshMargin");
            return this;
        }

        /** The mapping engine for sending models (default: {@link InvoiceMapper#create()}, made on first use). */
        public Builder invoiceMapper(InvoiceMapper invoiceMapper) {
            this.invoiceMapper = Objects.requireNonNull(invoiceMapper, "invoiceMapper");
            return this;
        }

        /** The path templates (tests; see {@link Seams}). */
        Builder endpoints(Endpoints endpoints) {
            seams.endpoints(endpoints);
            return this;
        }

        /**
         * Adds an interceptor, run around every HTTP attempt after those added before (the first
         * added is outermost). See {@link Interceptor} for what it sees and what its failures do.
         */
        public Builder addInterceptor(Interceptor interceptor) {
            interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
            return this;
        }

        /** Removes every interceptor (e.g. from a {@linkplain AcubeClient#newBuilder() copied} builder). */
        public Builder clearInterceptors() {
            interceptors.clear();
            return this;
        }

        /**
         * The client.
         *
         * @throws IllegalStateException if the credentials are missing, a duration is out of range,
         *     or the environment uses plain {@code http} for a host that is not loopback (all problems
         *     are listed)
         */
        public AcubeClient build() {
            List<String> problems = new ArrayList<>();
            if (credentials == null) {
                problems.add("credentials are required (Credentials.of(email, password))");
            }
            checkEnvironment(environment, problems);
            positive("connectTimeout", connectTimeout, problems);
            positive("requestTimeout", requestTimeout, problems);
            positive("callTimeout", callTimeout, problems);
            positive("connectionMaxIdle", connectionMaxIdle, problems);
            if (maxResponseBytes < 1 || maxResponseBytes > MAX_RESPONSE_BYTES) {
                problems.add("maxResponseBytes must be between 1 and " + MAX_RESPONSE_BYTES + " (2 GiB): "
                        + maxResponseBytes);
            }
            if (tokenRefreshMargin.isNegative() || tokenRefreshMargin.compareTo(Duration.ofHours(12)) > 0) {
                problems.add("tokenRefreshMargin must be between 0 and 12 h (tokens live 24 h): " + tokenRefreshMargin);
            }
            Credentials c = credentials;
            if (!problems.isEmpty() || c == null) {
                throw new IllegalStateException("cannot build the A-Cube client: "
                        + String.join("; ", new java.util.LinkedHashSet<>(problems)));
            }
            return new AcubeClient(this, c);
        }

        private static void positive(String name, Duration value, List<String> problems) {
            if (value.isNegative() || value.isZero()) {
                problems.add(name + " must be positive: " + value);
            }
        }

        static void checkEnvironment(Environment environment, List<String> problems) {
            boolean builtIn = environment.equals(Environment.SANDBOX) || environment.equals(Environment.PRODUCTION);
            for (var url : List.of(environment.commonUrl(), environment.plUrl())) {
                if (url.getScheme().equalsIgnoreCase("https")) {
                    continue;
                }
                if (builtIn) {
                    problems.add(environment + " must use https: " + url);
                } else if (!Loopback.isLoopback(url)) {
                    problems.add("plain http is allowed only for loopback hosts (127.0.0.0/8, ::1, localhost), "
                            + "since the password and the token would cross the network in clear; use https for "
                            + url.getHost() + " (" + url + ")");
                }
            }
        }
    }
}
