package io.github.acubepl.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.mapping.ReadLimits;
import io.github.acubepl.webhook.DeliveryQueue;
import io.github.acubepl.webhook.DeliveryStore;
import io.github.acubepl.webhook.RetrySchedule;
import io.github.acubepl.webhook.WebhookSender;
import io.github.acubepl.webhook.WebhookSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SecureRandom;
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
 * SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2026-03-02T10:00:00Z"));
 * try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
 *     URI base = sandbox.baseUri();                      // both the common and the PL base URL
 *     SandboxUser user = sandbox.user();                 // sandbox@example.com / sandbox-password
 *     // ... log in, register the seller, POST /invoices ...
 *     clock.advance(sandbox.ksefDelays().total());       // in_queue -> processing -> valid, UPO ready
 *     sandbox.faults().on("POST", "/invoices").dropAfterHandling();
 *     sandbox.journal().count("POST", "/invoices");
 * }
 * }</pre>
 *
 * <p>Each user has separate legal entities, webhooks and invoices; the duplicate check of the
 * simulated KSeF (code 440) is per user too. Thread-safe.
 *
 * <p>Starting a sandbox sets the system property {@code sun.net.httpserver.nodelay=true} if it is
 * unset (the JDK server otherwise answers each request about 40 ms late); set it to {@code false}
 * beforehand to keep the JDK's default.
 */
public final class AcubeSandbox implements AutoCloseable {
    private static final long CLOSE_GRACE_MILLIS = 2_000;
    private static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final int requestedPort;
    private final List<SandboxUser> users;
    private final SandboxClock clock;
    private final KsefDelays delays;
    private final int threads;
    private final @Nullable Executor executor;
    private final long maxBodyBytes;
    private final Ids ids;
    private final State state;
    private final EventLog events = new EventLog();
    private final Faults faults = new Faults();
    private final Journal journal = new Journal();
    private final SandboxStore store;
    private final Jwt jwt;
    private final SigningKeys signingKeys;
    private final DeliveryStore webhookStore;
    private final WebhookSender webhookSender;
    private final RetrySchedule webhookSchedule;

    private final Object lifecycle = new Object();
    private @Nullable HttpServer server;
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
        this.ids = new Ids(b.random);
        this.state = new State(users);
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
                    .clock(clock.asClock())
                    .limits(new ReadLimits(maxBodyBytes, ReadLimits.DEFAULT_MAX_DEPTH))
                    .build();
            Router router = new Router(this::authenticate);
            new CommonApi(state, jwt, signingKeys, clock).register(router);
            new LegalEntityApi(state, clock, ids, notifier::onboardingActivated).register(router);
            new WebhookApi(state, ids).register(router);
            new InvoiceApi(state, clock, ids, events, ksef, mapper).register(router);
            Dispatcher d = new Dispatcher(router, faults, journal, clock, ids, maxBodyBytes);

            enableNoDelay();
            HttpServer s;
            try {
                s = HttpServer.create(new InetSocketAddress(loopback(), requestedPort), 0);
            } catch (IOException e) {
                t.close();
                wt.close();
                throw new UncheckedIOException("cannot listen on 127.0.0.1:" + requestedPort + ": " + e.getMessage(), e);
            }
            s.createContext("/", d);
            Executor ex = executor;
            if (ex == null) {
                ownExecutor = Executors.newFixedThreadPool(threads, daemonThreads());
                ex = ownExecutor;
            }
            s.setExecutor(ex);
            events.addListener(notifier);
            s.start();
            notifier.resume();
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
            return server.getAddress().getPort();
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
     * Attaches a file to an invoice, as KSeF does for invoices received with attachments (FA(1)
     * invoices sent here have none): the attachment endpoints then list and serve it.
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

    /** Read access to legal entities, invoices and invoice events. */
    public SandboxStore store() {
        return store;
    }

    /** Adds a listener for invoice events (see {@link InvoiceEventListener} for the threading). */
    public void addEventListener(InvoiceEventListener listener) {
        events.addListener(listener);
    }

    /** Removes a listener added before. */
    public void removeEventListener(InvoiceEventListener listener) {
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
     * change of an invoice and an {@code onboarding-activated} one when a KSeF token is selected, to
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
        HttpServer s;
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
            d.shutdown(CLOSE_GRACE_MILLIS);
        }
        if (s != null) {
            s.stop(0);
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

    /**
     * Turns on TCP_NODELAY for the JDK's HTTP server unless the property is set already. Without it
     * every answer (headers and body are two writes) waits about 40 ms for the client's delayed ACK.
     * The JDK reads the property once, when the first {@code HttpServer} of the JVM is created.
     */
    private static void enableNoDelay() {
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
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

        private int port;
        private final List<SandboxUser> users = new ArrayList<>();
        private SandboxClock clock = SandboxClock.system();
        private KsefDelays delays = KsefDelays.defaults();
        private int threads = DEFAULT_THREADS;
        private @Nullable Executor executor;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private RandomGenerator random = new SecureRandom();
        private DeliveryStore webhookStore = DeliveryStore.inMemory();
        private WebhookSender webhookSender = WebhookSender.loopbackOnly(WebhookSender.httpClient());
        private RetrySchedule webhookSchedule = RetrySchedule.standard();

        private Builder() {
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

        /** Runs requests on this executor instead of an own pool; the caller keeps ownership (close does not stop it). */
        public Builder executor(Executor executor) {
            this.executor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /** The largest request body accepted, in bytes; larger ones get 413 (default 16 MiB). */
        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
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
         * @throws IllegalArgumentException if the port, the thread count or the body bound is out of range, or
         *     two users share an e-mail
         */
        public AcubeSandbox build() {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be within 0..65535 (0 picks a free one): " + port);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
            }
            Set<String> emails = new HashSet<>();
            for (SandboxUser u : users) {
                if (!emails.add(u.email())) {
                    throw new IllegalArgumentException("two sandbox users share the e-mail " + u.email());
                }
            }
            return new AcubeSandbox(this);
        }
    }
}
