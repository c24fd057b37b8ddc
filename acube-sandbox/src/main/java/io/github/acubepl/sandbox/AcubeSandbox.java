package io.github.acubepl.sandbox;

import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.KsefEnvironment;
import io.github.acubepl.mapping.Nip;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.mapping.ValidationContext;
import io.github.acubepl.webhook.sending.DeliveryQueue;
import io.github.acubepl.webhook.sending.DeliveryStore;
import io.github.acubepl.webhook.sending.RetrySchedule;
import io.github.acubepl.webhook.sending.WebhookSender;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A local, offline simulator of the A-Cube API PL with a simulated KSeF, serving
 * {@code docs/api-contract.md} on {@code http://127.0.0.1:N} (the common and the PL paths on one
 * port). Loopback only; nothing is printed; passwords and tokens are never logged.
 *
 * <pre>{@code
 * SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-03-14T09:26:53Z"));
 * try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
 *     URI baseUri = sandbox.baseUri();   // http://127.0.0.1:N, the common and the PL API on one port
 *     SandboxUser user = sandbox.user(); // sandbox@example.com / sandbox-password
 *     // ... point the client under test at baseUri, log in as user, send invoices ...
 *     clock.advance(sandbox.ksefDelays().total()); // in_queue -> processing -> valid, UPO ready
 * }
 * }</pre>
 *
 * <p>Each user has separate legal entities, webhooks and invoices; the duplicate check of the
 * simulated KSeF (code 440) is per user too. Thread-safe.
 *
 * <p>The simulated KSeF takes the schema versions of one KSeF environment ({@link Builder#ksefEnvironment},
 * default {@link KsefEnvironment#PRODUCTION}: FA(3) only), read from the same table as validation rule
 * {@code FA-TECH-002}: an invoice of another version is refused with a {@code 422} violation that says
 * which versions the environment takes. An FA(3) invoice with an attachment ({@code Zalacznik}) ends
 * {@code invalid} with processing code 415 unless its seller is set up for attachments
 * ({@link Builder#allowAttachments}, {@link #allowAttachments}; a simulator extension, the platform
 * has no such field).
 *
 * <p>The HTTP server is the sandbox's own (HTTP/1.1 on {@code java.nio}, see
 * {@code SandboxServer}): one thread reads and writes every connection without blocking and hands
 * only complete requests to the request threads, so slow, stalled or hostile clients cost a
 * buffer, never a thread. Its bounds are per instance, set on the {@link Builder}: a request
 * timeout ({@code 408}), an idle timeout, the header and body limits ({@code 431}, {@code 413}),
 * the number of connections and the bytes of request bodies buffered at once ({@code 503} with
 * {@code Retry-After} beyond them), and the number of invoices checked at once. Every error the
 * server produces is an {@code application/problem+json} answer like the API's own.
 */
public final class AcubeSandbox implements AutoCloseable {
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(2);

    private final int requestedPort;
    private final List<SandboxUser> users;
    private final SandboxClock clock;
    private final KsefDelays delays;
    private final int threads;
    private final @Nullable Executor executor;
    private final long maxBodyBytes;
    private final HttpLimits limits;
    private final int maxConcurrentInvoiceChecks;
    private final KsefEnvironment ksefEnvironment;
    private final Ids ids;
    private final State state;
    private final ChangeLog events = new ChangeLog();
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final SandboxStore store;
    private final Jwt jwt;
    private final SigningKeys signingKeys;
    private final DeliveryStore webhookStore;
    private final WebhookSender webhookSender;
    private final RetrySchedule webhookSchedule;

    private final Object lifecycle = new Object();
    private @Nullable SandboxServer server;
    private @Nullable InvoiceApi invoices;
    private @Nullable Dispatcher dispatcher;
    private @Nullable SandboxTimer timer;
    private @Nullable SandboxTimer webhookTimer;
    private @Nullable DeliveryQueue deliveries;
    private @Nullable Notifier notifier;
    private @Nullable ExecutorService ownExecutor;
    private boolean closed;

    private AcubeSandbox(Builder b) {
        this.requestedPort = b.port;
        this.users = List.copyOf(b.users.isEmpty() ? List.of(SandboxUser.defaultUser()) : b.users);
        this.clock = b.clock;
        this.delays = b.delays;
        this.threads = b.threads;
        this.executor = b.executor;
        this.maxBodyBytes = b.maxBodyBytes;
        this.limits = new HttpLimits(b.requestTimeout, b.idleTimeout, b.maxHeaderBytes, b.maxBodyBytes, b.maxConnections,
                b.maxBufferedBodyBytes != null ? b.maxBufferedBodyBytes : Builder.DEFAULT_BODY_BUFFERS * b.maxBodyBytes);
        this.maxConcurrentInvoiceChecks = b.maxConcurrentInvoiceChecks != null ? b.maxConcurrentInvoiceChecks
                : Builder.defaultInvoiceChecks();
        this.ksefEnvironment = b.ksefEnvironment;
        this.ids = new Ids(b.random);
        this.state = new State(users, b.attachmentIssuers);
        this.store = new SandboxStore(state, events);
        this.jwt = new Jwt(Jwt.newKeyPair());
        this.signingKeys = SigningKeys.generate();
        this.webhookStore = b.webhookStore;
        this.webhookSender = b.webhookSender;
        this.webhookSchedule = b.webhookSchedule;
    }

    /** A builder with the defaults: ephemeral port, the default user, the system clock, the contract's KSeF delays. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds {@code 127.0.0.1} and starts serving.
     *
     * @return this sandbox
     * @throws IllegalStateException if already started or closed
     * @throws UncheckedIOException if the port cannot be bound
     */
    public AcubeSandbox start() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("this sandbox is closed; build a new one");
            }
            if (server != null) {
                throw new IllegalStateException("this sandbox is already started at " + baseUri());
            }
            SandboxTimer t = clock.newTimer("acube-sandbox-ksef");
            SandboxTimer wt = clock.newTimer("acube-sandbox-webhooks");
            DeliveryQueue queue = DeliveryQueue.builder()
                    .store(webhookStore)
                    .sender(webhookSender)
                    .signer(WebhookSigner.builder().privateKey(signingKeys.keyPair().getPrivate())
                            .clock(clock.asClock()).build())
                    .schedule(webhookSchedule)
                    .clock(clock.asClock())
                    .idGenerator(deliveryIds())
                    .build();
            Notifier notifier = new Notifier(state, clock, queue, webhookStore, wt);
            KsefSimulator ksef = new KsefSimulator(state, clock, delays, events, ids, t);
            InvoiceMapper mapper = InvoiceMapper.builder()
                    .limits(new ReadLimits(maxBodyBytes, ReadLimits.DEFAULT_MAX_DEPTH))
                    .context(ValidationContext.builder()
                            .clock(clock.asClock())
                            .targetEnvironment(ksefEnvironment) // FA-TECH-002: a version KSeF refuses is an error
                            .build())
                    .build();
            Router router = new Router(this::authenticate);
            new CommonApi(state, jwt, signingKeys, clock).register(router);
            new LegalEntityApi(state, clock, ids, notifier::onboardingActivated).register(router);
            new WebhookApi(state, ids).register(router);
            InvoiceApi invoiceApi = new InvoiceApi(state, clock, ids, events, ksef, mapper, maxConcurrentInvoiceChecks);
            invoiceApi.register(router);
            Dispatcher d = new Dispatcher(router, faults, journal, clock, ids);

            Executor ex = executor;
            ExecutorService own = null;
            if (ex == null) {
                own = Executors.newFixedThreadPool(threads, daemonThreads());
                ex = own;
            }
            SandboxServer s;
            try {
                s = SandboxServer.bind(new InetSocketAddress(loopback(), requestedPort), limits, d, ex, clock::instant);
            } catch (IOException e) {
                t.close();
                wt.close();
                if (own != null) {
                    own.shutdownNow();
                }
                throw new UncheckedIOException("cannot listen on 127.0.0.1:" + requestedPort + ": " + e.getMessage(), e);
            }
            ownExecutor = own;
            events.addListener(notifier);
            faults.acceptedConnections(s::acceptedConnections);
            s.start();
            notifier.resume();
            this.invoices = invoiceApi;
            this.timer = t;
            this.webhookTimer = wt;
            this.deliveries = queue;
            this.notifier = notifier;
            this.dispatcher = d;
            this.server = s;
            return this;
        }
    }

    /**
     * The base URL of both the common and the PL API, {@code http://127.0.0.1:N}.
     *
     * @throws IllegalStateException if not started, or closed
     */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /**
     * The port listened on.
     *
     * @throws IllegalStateException if not started, or closed
     */
    public int port() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("this sandbox is closed");
            }
            if (server == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            return server.port();
        }
    }

    /** The first configured user (the default user when none was configured). */
    public SandboxUser user() {
        return users.get(0);
    }

    /** Every configured user. */
    public List<SandboxUser> users() {
        return users;
    }

    /** The sandbox clock. */
    public SandboxClock clock() {
        return clock;
    }

    /** The simulated KSeF's delays. */
    public KsefDelays ksefDelays() {
        return delays;
    }

    /** The KSeF environment the simulated KSeF behaves as: which schema versions it takes. */
    public KsefEnvironment ksefEnvironment() {
        return ksefEnvironment;
    }

    /**
     * Sets whether the simulated KSeF takes invoices with attachments ({@code Zalacznik}) from the
     * seller {@code nip}, for every user's legal entity of that NIP; applies to invoices decided from
     * now on. A simulator extension: on the platform the issuer registers for attachments with KSeF
     * ({@code docs/api-contract.md}, "Invoices"), and A-Cube has no field for it.
     *
     * @param nip the seller's NIP
     * @param allowed whether its invoices may carry attachments
     * @throws IllegalArgumentException if {@code nip} is not a valid NIP
     */
    public void allowAttachments(String nip, boolean allowed) {
        String checked = Builder.nip(nip);
        state.locked(() -> state.allowAttachments(checked, allowed));
    }

    /**
     * Whether the simulated KSeF takes invoices with attachments from the seller {@code nip} (see
     * {@link #allowAttachments}).
     */
    public boolean attachmentsAllowed(String nip) {
        Objects.requireNonNull(nip, "nip");
        return state.locked(() -> state.attachmentsAllowed(nip));
    }

    /** The faults to arm on the next requests. */
    public Faults faults() {
        return faults;
    }

    /** Disarms every fault (same as {@code faults().reset()}). */
    public void resetFaults() {
        faults.reset();
    }

    /** Every request received. */
    public Journal journal() {
        return journal;
    }

    /**
     * Attaches a file to an invoice, as KSeF does for invoices received with attachments (the
     * simulator derives none from the invoices sent to it, not even from FA(3)'s {@code Zalacznik},
     * which is structured data inside the invoice): the attachment endpoints then list and serve it.
     *
     * @param invoiceUuid the invoice
     * @param fileName the file name listed
     * @param contentType the media type listed
     * @param content the bytes served
     * @return the attachment's uuid
     * @throws IllegalArgumentException if there is no such invoice
     */
    public String addAttachment(String invoiceUuid, String fileName, String contentType, byte[] content) {
        Objects.requireNonNull(invoiceUuid, "invoiceUuid");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        byte[] copy = Objects.requireNonNull(content, "content").clone();
        String uuid = ids.uuid();
        state.locked(() -> {
            for (State.Account account : state.accounts()) {
                State.InvoiceRecord invoice = account.invoices.get(invoiceUuid);
                if (invoice != null) {
                    invoice.attachments.add(new State.Attachment(uuid, fileName, contentType, copy));
                    return;
                }
            }
            throw new IllegalArgumentException("no invoice " + invoiceUuid);
        });
        return uuid;
    }

    /**
     * A supplier's invoice reaches the user's legal entities from KSeF, as through
     * {@code POST /_sandbox/incoming-invoices} ({@code docs/api-contract.md}, "Purchase invoices"):
     * every registered legal entity, of any user, whose NIP is the buyer's ({@code Podmiot2}, or a
     * {@code Podmiot3} whose {@code Rola} is 4, 8 or 10) gets an incoming invoice, {@code valid} with a
     * KSeF number, its acquisition time on the sandbox clock and KSeF's hash of exactly these bytes, which
     * {@code GET /invoices/{uuid}} with {@code Accept: application/xml} serves back unchanged; and each
     * raises a signed {@code invoice-receiver} notification to that entity's subscriptions.
     *
     * @param faXml the FA XML, any version the simulator reads (FA(1), FA(2), FA(3)), at most the
     *     body limit ({@link Builder#maxBodyBytes})
     * @return the invoice of each receiving legal entity, {@code Podmiot2}'s first (never empty)
     * @throws IllegalArgumentException if the bytes are not an FA invoice the simulator reads, or no
     *     registered legal entity has a buyer's NIP (the message names the NIPs looked for)
     * @throws IllegalStateException if not started
     */
    public List<SandboxInvoice> receiveFromSupplier(byte[] faXml) {
        Objects.requireNonNull(faXml, "faXml");
        InvoiceApi api;
        synchronized (lifecycle) {
            if (invoices == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            api = invoices;
        }
        if (faXml.length > maxBodyBytes) {
            throw new IllegalArgumentException("the invoice has " + faXml.length + " bytes, more than the body limit of "
                    + maxBodyBytes);
        }
        List<State.InvoiceRecord> received;
        try {
            received = api.receive(faXml);
        } catch (ApiException e) {
            throw new IllegalArgumentException(detail(e.response()));
        }
        return state.locked(() -> {
            List<SandboxInvoice> out = new ArrayList<>();
            for (State.InvoiceRecord r : received) {
                out.add(r.snapshot());
            }
            return List.copyOf(out);
        });
    }

    /** The {@code detail} of a problem answer (what a client of the endpoint reads). */
    private static String detail(Response problem) {
        try {
            return Json.MAPPER.readTree(problem.body()).path("detail").asText("the invoice was refused");
        } catch (IOException e) {
            return "the invoice was refused (" + problem.status() + ")";
        }
    }

    /** Read access to legal entities, invoices and invoice changes. */
    public SandboxStore store() {
        return store;
    }

    /** Adds a listener for invoice changes (see {@link InvoiceChangeListener} for the threading). */
    public void addInvoiceChangeListener(InvoiceChangeListener listener) {
        events.addListener(listener);
    }

    /** Removes a listener added before. */
    public void removeInvoiceChangeListener(InvoiceChangeListener listener) {
        events.removeListener(Objects.requireNonNull(listener, "listener"));
    }

    /** The RSA public key the JWTs of this instance verify with (RS256). */
    public PublicKey jwtPublicKey() {
        return jwt.publicKey();
    }

    /** The Ed25519 public key served by {@code GET /signature-public-key}. */
    public PublicKey signaturePublicKey() {
        return signingKeys.publicKey();
    }

    /**
     * The outbox of webhook notifications: an {@code invoice-sender} notification for every status
     * change of an outgoing invoice, an {@code invoice-receiver} one for every invoice received from a
     * supplier ({@link #receiveFromSupplier}) and an {@code onboarding-activated} one when a KSeF token is selected, to
     * every matching subscription of the legal entity (either generation of type names), signed
     * with {@link #signaturePublicKey()}'s pair and attempted on the sandbox clock every 15 minutes
     * for 8 hours until a 200 (see {@link Builder#webhookSchedule}). With a
     * {@link SandboxClock#manual manual clock} attempts run while the clock is advanced (a
     * notification raised by a request goes out at the next {@code advance}, even by zero).
     * Use it to list dead letters or find a delivery's attempts; requeue a dead letter with
     * {@link #requeueDelivery(String)}, which also schedules its attempts (the queue's own
     * {@code requeue} does not). Attempts go to the URL subscribed when the notification was raised,
     * even if the subscription is replaced or deleted meanwhile (as on the platform, a queued
     * notification is not recalled). Delivered and dead deliveries stay in the store.
     *
     * @throws IllegalStateException if not started
     */
    public DeliveryQueue deliveries() {
        synchronized (lifecycle) {
            if (deliveries == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            return deliveries;
        }
    }

    /**
     * Requeues a dead delivery for a new 8-hour window, its first attempt due now.
     *
     * @return {@code false} if there is no such dead delivery
     * @throws IllegalStateException if not started
     */
    public boolean requeueDelivery(String deliveryId) {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Notifier n;
        synchronized (lifecycle) {
            if (notifier == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            n = notifier;
        }
        return n.requeue(deliveryId);
    }

    /**
     * Delivery ids that sort in the order the notifications were raised (the queue attempts due
     * deliveries in id order when they are due at the same instant: an invoice's statuses then go
     * out in order even with zero KSeF delays).
     */
    private Supplier<String> deliveryIds() {
        AtomicLong sequence = new AtomicLong();
        return () -> String.format(Locale.ROOT, "%012d-%s", sequence.incrementAndGet(), ids.uuid());
    }

    /**
     * How many connections the sandbox has accepted since it started (whether it served them or
     * refused them for being over the limit): a test sees by it whether a client opened a fresh
     * connection or reused a pooled one.
     *
     * @throws IllegalStateException if not started, or closed
     */
    public long connectionsAccepted() {
        synchronized (lifecycle) {
            return startedServer().acceptedConnections();
        }
    }

    /** The server's accounting, for tests: the open connections, the body bytes buffered now and at most. */
    int openConnections() {
        return startedServer().openConnections();
    }

    long bufferedBodyBytes() {
        return startedServer().budget().held();
    }

    long peakBufferedBodyBytes() {
        return startedServer().budget().peak();
    }

    long maxBufferedBodyBytes() {
        return limits.maxBufferedBodyBytes();
    }

    int peakConcurrentInvoiceChecks() {
        synchronized (lifecycle) {
            if (invoices == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            return invoices.peakConcurrentChecks();
        }
    }

    private SandboxServer startedServer() {
        synchronized (lifecycle) {
            if (server == null) {
                throw new IllegalStateException("this sandbox is not started");
            }
            return server;
        }
    }

    /** The Ed25519 key pair webhook deliveries are signed with (the private key stays in the package). */
    KeyPair signingKeyPair() {
        return signingKeys.keyPair();
    }

    /**
     * Stops: new requests are refused with 503, those in flight get up to 2 s to finish, then the
     * port is released, pending lifecycle steps are dropped and the threads end. Idempotent.
     */
    @Override
    public void close() {
        SandboxServer s;
        Dispatcher d;
        SandboxTimer t;
        SandboxTimer wt;
        ExecutorService own;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            s = server;
            d = dispatcher;
            t = timer;
            wt = webhookTimer;
            own = ownExecutor;
        }
        if (d != null) {
            d.beginClosing();
        }
        if (s != null) {
            s.shutdown(CLOSE_GRACE);
        }
        if (t != null) {
            t.close();
        }
        if (wt != null) {
            wt.close();
        }
        if (own != null) {
            own.shutdownNow();
        }
    }

    private String authenticate(Request request) {
        String user = jwt.authenticate(request.header("Authorization"), clock.instant());
        if (state.account(user) == null) {
            throw ApiException.unauthorized("Invalid JWT Token");
        }
        return user;
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "acube-sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public String toString() {
        synchronized (lifecycle) {
            return "AcubeSandbox[" + (closed ? "closed" : server == null ? "not started" : baseUri()) + "]";
        }
    }

    /** Configures an {@link AcubeSandbox}; {@link #build()} checks the whole configuration. */
    public static final class Builder {
        /** The default number of request threads. */
        public static final int DEFAULT_THREADS = 16;
        /** The default bound on request bodies: 16 MiB. */
        public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
        /** The largest body bound accepted: 1 GiB (a body is held in one array). */
        public static final long MAX_BODY_BYTES_LIMIT = 1L << 30;
        /** The default request timeout: 30 s. */
        public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
        /** The default idle timeout: 30 s. */
        public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
        /** The default bound on a request's line and header section: 16 KiB. */
        public static final int DEFAULT_MAX_HEADER_BYTES = 16 * 1024;
        /** The default number of connections served at once. */
        public static final int DEFAULT_MAX_CONNECTIONS = 256;
        /** Unless set, request bodies may buffer this many times the body bound at once (64 MiB by default). */
        public static final int DEFAULT_BODY_BUFFERS = 4;

        /** The most invoice checks the default allows at once, however many processors there are. */
        public static final int MAX_DEFAULT_INVOICE_CHECKS = 2;

        private static final int MIN_HEADER_BYTES = 1024;
        private static final int MAX_HEADER_BYTES_LIMIT = 1024 * 1024;

        private int port;
        private final List<SandboxUser> users = new ArrayList<>();
        private SandboxClock clock = SandboxClock.system();
        private KsefDelays delays = KsefDelays.defaults();
        private int threads = DEFAULT_THREADS;
        private @Nullable Executor executor;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private int maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;
        private @Nullable Long maxBufferedBodyBytes;
        private @Nullable Integer maxConcurrentInvoiceChecks;
        private RandomGenerator random = new SecureRandom();
        private DeliveryStore webhookStore = DeliveryStore.inMemory();
        private WebhookSender webhookSender = WebhookSender.loopbackOnly(WebhookSender.httpClient());
        private RetrySchedule webhookSchedule = RetrySchedule.standard();
        private KsefEnvironment ksefEnvironment = KsefEnvironment.PRODUCTION;
        private final Set<String> attachmentIssuers = new HashSet<>();

        private Builder() {
        }

        /**
         * The KSeF environment the simulated KSeF behaves as (default {@link KsefEnvironment#PRODUCTION}):
         * it takes the schema versions {@link KsefEnvironment#acceptedVersions()} names, the table rule
         * {@code FA-TECH-002} reads, and refuses others with a {@code 422} violation saying which it
         * takes. {@link KsefEnvironment#TEST} also takes FA(2); no environment takes FA(1).
         *
         * <p>The default: A-Cube's production sends to KSeF's production, and A-Cube's sandbox
         * simulates KSeF rather than fronting one of its environments ({@code docs/api-contract.md}, "Invoices"); a sandbox that
         * prepares for production refuses what production refuses.
         */
        public Builder ksefEnvironment(KsefEnvironment environment) {
            this.ksefEnvironment = Objects.requireNonNull(environment, "environment");
            return this;
        }

        /**
         * Sets the seller {@code nip} up for attachments: its FA(3) invoices with {@code Zalacznik}
         * reach {@code valid}; without this they end {@code invalid} with processing code 415
         * ("attachments not allowed"), as KSeF takes attachments only from issuers registered for
         * them ({@code docs/api-contract.md}, "Invoices"). A simulator extension; see also {@link AcubeSandbox#allowAttachments}.
         *
         * @throws IllegalArgumentException if {@code nip} is not a valid NIP
         */
        public Builder allowAttachments(String nip) {
            attachmentIssuers.add(nip(nip));
            return this;
        }

        /** A valid NIP, or an exception saying what is wrong with it (a short, escaped prefix of it). */
        static String nip(String nip) {
            Objects.requireNonNull(nip, "nip");
            if (!Nip.isValid(nip)) {
                throw new IllegalArgumentException("not a valid NIP (ten digits with a correct check digit): "
                        + RequestHead.quote(nip, 24));
            }
            return nip;
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Adds a user (without any, the sandbox has {@link SandboxUser#defaultUser()}). */
        public Builder user(String email, String password) {
            return user(new SandboxUser(email, password));
        }

        /** Adds a user. */
        public Builder user(SandboxUser user) {
            users.add(Objects.requireNonNull(user, "user"));
            return this;
        }

        /** Replaces the users. */
        public Builder users(Collection<SandboxUser> users) {
            Objects.requireNonNull(users, "users");
            this.users.clear();
            for (SandboxUser u : users) {
                user(u);
            }
            return this;
        }

        /** The clock (default {@link SandboxClock#system()}). */
        public Builder clock(SandboxClock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The simulated KSeF's delays (default {@link KsefDelays#defaults()}). */
        public Builder ksefDelays(KsefDelays delays) {
            this.delays = Objects.requireNonNull(delays, "delays");
            return this;
        }

        /** The number of request threads of the sandbox's own pool (default {@value #DEFAULT_THREADS}). */
        public Builder threads(int threads) {
            this.threads = threads;
            return this;
        }

        /**
         * Runs requests on this executor instead of an own pool; the caller keeps ownership (close does
         * not stop it). It must run each task on another thread than the caller's (the server's I/O
         * thread hands the tasks over); a request it rejects is answered {@code 503}. It must run
         * every task it does not reject: a task dropped silently (a discarding rejection policy)
         * keeps its connection waiting, and its body counted against the buffer bound, until the
         * sandbox closes.
         */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * The largest request body accepted, in bytes, at most {@value #MAX_BODY_BYTES_LIMIT}; larger
         * ones get 413, from their {@code Content-Length} before anything is read (default 16 MiB).
         */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * How long a request may take to arrive, from its first byte to the end of its body (default
         * 30 s); a late one gets {@code 408} and its connection is closed. Writing an answer has the
         * same bound: a client that does not read it in time loses the connection.
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How long a connection may wait for a request, once opened or after an answer (default
         * 30 s); then it is closed.
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * The largest request line plus header section, in bytes, 1 KiB to 1 MiB (default 16 KiB);
         * larger ones get {@code 431} ({@code 414} when the request line alone is larger). Each
         * connection holds a buffer of this size.
         */
        public Builder maxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = maxHeaderBytes;
            return this;
        }

        /**
         * The most connections served at once (default {@value #DEFAULT_MAX_CONNECTIONS}); one more
         * gets {@code 503} with {@code Retry-After} and is closed.
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /**
         * The most bytes of request bodies buffered at once over all connections, at least twice the
         * body bound (default {@value #DEFAULT_BODY_BUFFERS} times the body bound: 64 MiB). A body
         * that does not fit gets {@code 503} with {@code Retry-After} before any of it is read; a
         * body's bytes count from its head until its request has been handled. A chunked body is
         * read in pieces and then assembled into one array, so for a moment it takes up to twice the
         * body bound: with at least that much, a body of any size accepted fits when the sandbox is
         * otherwise idle.
         */
        public Builder maxBufferedBodyBytes(long maxBufferedBodyBytes) {
            this.maxBufferedBodyBytes = maxBufferedBodyBytes;
            return this;
        }

        /**
         * How many invoices ({@code POST /invoices}, {@code /invoices/v3},
         * {@code /invoices/v3/validate}) are read and validated at once (default: the number of
         * processors, at most {@value #MAX_DEFAULT_INVOICE_CHECKS}); the others wait their turn.
         * Validating an invoice takes several times its size in memory (about ten times for a 15 MB
         * JSON invoice), so this bounds the sandbox's peak memory however many clients send at once.
         */
        public Builder maxConcurrentInvoiceChecks(int maxConcurrentInvoiceChecks) {
            this.maxConcurrentInvoiceChecks = maxConcurrentInvoiceChecks;
            return this;
        }

        /**
         * The number of processors, at most {@value #MAX_DEFAULT_INVOICE_CHECKS}: more would make the
         * memory the sandbox needs grow with the machine it runs on.
         */
        static int defaultInvoiceChecks() {
            return Math.max(1, Math.min(MAX_DEFAULT_INVOICE_CHECKS, Runtime.getRuntime().availableProcessors()));
        }

        /** The randomness for uuids and KSeF numbers (default a {@link SecureRandom}); seed one for repeatable runs. */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Where webhook deliveries are kept (default {@link DeliveryStore#inMemory()}). One store per
         * sandbox: deliveries already pending in it are attempted once the sandbox starts.
         */
        public Builder webhookStore(DeliveryStore store) {
            this.webhookStore = Objects.requireNonNull(store, "store");
            return this;
        }

        /**
         * Sends webhook attempts. The default delivers to loopback URLs only
         * ({@code WebhookSender.loopbackOnly(WebhookSender.httpClient())}): a notification for any
         * other host fails every attempt without network I/O, so tests never reach the network
         * whatever they subscribe. Pass {@link WebhookSender#httpClient()} to deliver anywhere.
         */
        public Builder webhookSender(WebhookSender sender) {
            this.webhookSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /** When webhook attempts are due (default {@link RetrySchedule#standard()}: every 15 minutes for 8 hours). */
        public Builder webhookSchedule(RetrySchedule schedule) {
            this.webhookSchedule = Objects.requireNonNull(schedule, "schedule");
            return this;
        }

        /**
         * Builds the sandbox (not started; generates its RSA and Ed25519 keys).
         *
         * @throws IllegalArgumentException if the port, the thread count, a timeout or a bound is out of
         *     range (the body buffer bound below twice the body bound), or two users share an e-mail
         */
        public AcubeSandbox build() {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535 (0 picks a free one): " + port);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
                throw new IllegalArgumentException("maxBodyBytes must be within 1.." + MAX_BODY_BYTES_LIMIT + ": "
                        + maxBodyBytes);
            }
            positive("requestTimeout", requestTimeout);
            positive("idleTimeout", idleTimeout);
            if (maxHeaderBytes < MIN_HEADER_BYTES || maxHeaderBytes > MAX_HEADER_BYTES_LIMIT) {
                throw new IllegalArgumentException("maxHeaderBytes must be within " + MIN_HEADER_BYTES + ".."
                        + MAX_HEADER_BYTES_LIMIT + ": " + maxHeaderBytes);
            }
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
            }
            if (maxConcurrentInvoiceChecks != null && maxConcurrentInvoiceChecks < 1) {
                throw new IllegalArgumentException("maxConcurrentInvoiceChecks must be at least 1: "
                        + maxConcurrentInvoiceChecks);
            }
            if (maxBufferedBodyBytes != null && maxBufferedBodyBytes < 2 * maxBodyBytes) {
                throw new IllegalArgumentException("maxBufferedBodyBytes (" + maxBufferedBodyBytes
                        + ") must be at least twice maxBodyBytes (" + maxBodyBytes + "): a chunked body of the largest"
                        + " size takes that much while it is assembled");
            }
            Set<String> emails = new HashSet<>();
            for (SandboxUser u : users) {
                if (!emails.add(u.email())) {
                    throw new IllegalArgumentException("two sandbox users share the e-mail " + u.email());
                }
            }
            return new AcubeSandbox(this);
        }

        private static void positive(String name, Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + d);
            }
        }
    }
}
