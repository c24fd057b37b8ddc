package io.github.acubepl.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.webhook.KeyResolver;
import io.github.acubepl.webhook.VerificationPolicy;
import io.github.acubepl.webhook.VerifiedSignature;
import io.github.acubepl.webhook.WebhookEndpoint;
import io.github.acubepl.webhook.WebhookEvent;
import io.github.acubepl.webhook.WebhookHeaders;
import io.github.acubepl.core.AcubeTimestamp;
import io.github.acubepl.webhook.WebhookReceiver;
import io.github.acubepl.webhook.WebhookVerificationException;
import io.github.acubepl.webhook.WebhookVerifier;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code acube webhook verify}: is a captured webhook request genuine? */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks that a captured webhook request was signed by A-Cube.",
            "",
            "It checks the Ed25519 signature over @method, @authority, @target-uri and content-digest with keyid "
                    + "\"acube\" (and alg \"ed25519\" when given), the body against its content-digest, and that "
                    + "'created' is fresh. Genuine: prints the event as JSON. Not genuine: prints the reason."},
        footerHeading = "%n",
        footer = {"HEADERS_FILE holds the request's headers as captured, one 'Name: value' per line, names in any case "
                + "(a first request line, HTTP/2 pseudo-headers and CRLF are tolerated). BODY_FILE holds the body "
                + "exactly as received, byte for byte. The files are read up to a limit (KEY_FILE " + SmallFiles.MAX_KEY / 1024
                + " KiB, HEADERS_FILE " + SmallFiles.MAX_HEADERS / 1024 + " KiB, BODY_FILE "
                + WebhookReceiver.DEFAULT_MAX_BODY_BYTES / 1024 / 1024 + " MiB, as the webhook receiver); a larger file "
                + "is a usage error.",
            "",
            "Exit codes: 0 genuine (the event on standard output); 1 not genuine (the reason on standard error); 2 "
                    + "usage error, or a file that cannot be read."})
final class WebhookVerifyCommand implements Callable<Integer> {
    /** Components a signature must cover, whatever the body: stricter than the receiver for an empty body. */
    static final Set<String> REQUIRED = Set.of("@method", "@authority", "@target-uri", "content-digest");
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d{1,9})([smhd])");
    /** Record components {@link #eventFields} writes first, or not at all (the raw payload). */
    private static final Set<String> WRITTEN_ABOVE = Set.of("type", "rawType", "payload");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The largest body read: what {@link WebhookReceiver} accepts by default (1 MiB); a larger one A-Cube never sends. */
    static final int MAX_BODY = WebhookReceiver.DEFAULT_MAX_BODY_BYTES;

    private final Terminal terminal;

    @Option(names = "--public-key", paramLabel = "KEY_FILE", required = true,
            description = "A-Cube's Ed25519 public key: PEM, or base64 (SPKI DER or the raw 32 bytes).")
    private Path publicKey = Path.of("");

    @Option(names = "--url", paramLabel = "URL", required = true,
            description = "The URL registered at A-Cube as webhookUrl (what the signature covers), not the one "
                    + "a proxy forwarded to.")
    private String url = "";

    @Option(names = "--headers", paramLabel = "HEADERS_FILE", required = true,
            description = "The request's headers, one 'Name: value' per line.")
    private Path headers = Path.of("");

    @Option(names = "--body", paramLabel = "BODY_FILE", required = true, description = "The raw request body.")
    private Path body = Path.of("");

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "POST",
            description = "The request method (default: ${DEFAULT-VALUE}).")
    private String method = "POST";

    @Option(names = "--type", paramLabel = "TYPE",
            description = "The webhook type the URL is registered for, such as legal-entity-invoice-sender (legacy "
                    + "payloads do not name their own type).")
    private @Nullable String type;

    @Option(names = "--max-age", paramLabel = "AGE", defaultValue = "24h",
            description = "How old 'created' may be: 90s, 30m, 24h, 7d or ISO 8601 (PT24H); default ${DEFAULT-VALUE}. "
                    + "It may lie at most 5 s ahead of this machine's clock.")
    private String maxAge = "24h";

    WebhookVerifyCommand(Terminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    @Override
    public Integer call() {
        Inputs in;
        try {
            in = inputs();
        } catch (Usage e) {
            terminal.complain(e.getMessage());
            return ExitCode.USAGE;
        }
        WebhookVerifier verifier = WebhookVerifier.builder()
                .keyResolver(in.key)
                .policy(VerificationPolicy.builder().requiredComponents(REQUIRED).maxAge(in.maxAge).build())
                .clock(terminal.clock())
                .build();
        VerifiedSignature signature;
        try {
            signature = verifier.verify(method, url, in.headers, in.body);
        } catch (WebhookVerificationException e) {
            terminal.complain("not genuine: " + describe(e));
            return ExitCode.INVALID;
        }
        terminal.outText().println(json(signature, WebhookEvent.parse(in.body, type)));
        return ExitCode.OK;
    }

    private record Inputs(KeyResolver key, WebhookHeaders headers, byte[] body, Duration maxAge) {
    }

    /** A usage error: exit 2 with this message. */
    private static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    private Inputs inputs() throws Usage {
        if (!method.matches("[A-Z]{1,20}")) {
            throw new Usage("--method must be an upper-case HTTP method such as POST: " + method);
        }
        Duration age = parseDuration(maxAge);
        try {
            WebhookEndpoint.of(url);
        } catch (IllegalArgumentException e) {
            throw new Usage("--url: " + e.getMessage());
        }
        KeyResolver key;
        try {
            key = KeyResolver.pinned(new String(withoutBom(read(publicKey, "--public-key", SmallFiles.MAX_KEY,
                    "a public key file")), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new Usage(SafeText.escape(publicKey.toString()) + " is not an Ed25519 public key: " + e.getMessage());
        }
        WebhookHeaders parsed;
        try {
            parsed = HeaderFile.parse(new String(withoutBom(read(headers, "--headers", SmallFiles.MAX_HEADERS,
                    "a header file")), StandardCharsets.ISO_8859_1));
        } catch (HeaderFile.Malformed e) {
            throw new Usage(SafeText.escape(headers.toString()) + ": " + e.getMessage());
        }
        return new Inputs(key, parsed, read(body, "--body", MAX_BODY, "a webhook body (the receiver's own limit)"), age);
    }

    /** Reads at most {@code max} bytes of {@code file}; more, or a failure to read, is a usage error. */
    private static byte[] read(Path file, String option, int max, String what) throws Usage {
        try {
            return SmallFiles.read(file, max, what);
        } catch (IOException e) {
            throw new Usage("cannot read " + option + " " + SafeText.escape(file.toString()) + ": "
                    + Problems.describe(e));
        }
    }

    private static byte[] withoutBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    static Duration parseDuration(String text) throws Usage {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Duration d;
        Matcher m = SIMPLE_DURATION.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                d = Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new Usage("--max-age must be like 90s, 30m, 24h, 7d or PT24H: " + text);
            }
        }
        if (d.isNegative() || d.isZero()) {
            throw new Usage("--max-age must be positive: " + text);
        }
        return d;
    }

    /** The reason in words, with the verifier's reason code for scripts. */
    private static String describe(WebhookVerificationException e) {
        return e.reason().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.detail();
    }

    /**
     * {@code {"signature": {...}, "event": {...typed fields...}, "payload": <the body as JSON>}}; a body that
     * is not JSON is given as the string {@code payloadText}.
     */
    static String json(VerifiedSignature signature, WebhookEvent event) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        mapper.getFactory().setCharacterEscapes(SafeText.jsonEscapes()); // the payload is untrusted text
        ObjectNode root = mapper.createObjectNode();
        ObjectNode sig = root.putObject("signature");
        sig.put("label", signature.label());
        sig.put("keyId", signature.keyId());
        sig.put("created", signature.created().toString());
        sig.put("expires", signature.expires() == null ? null : signature.expires().toString());
        ArrayNode components = sig.putArray("components");
        signature.components().forEach(components::add);
        root.set("event", eventFields(mapper, event));
        try {
            JsonNode payload = mapper.readTree(event.payload());
            if (payload == null) {
                root.put("payloadText", event.payload());
            } else {
                root.set("payload", payload);
            }
        } catch (JsonProcessingException e) {
            root.put("payloadText", event.payload());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event's own fields (every record component but the raw payload); {@code type} is the
     * current-generation name of the event's kind ({@code unknown} for a name this library does not
     * know), {@code rawType} the name as received.
     */
    private static ObjectNode eventFields(ObjectMapper mapper, WebhookEvent event) {
        ObjectNode out = mapper.createObjectNode();
        out.put("type", event.type().isKnown() ? event.type().current().value() : "unknown");
        out.put("rawType", event.type().value());
        out.put("class", event.getClass().getSimpleName());
        RecordComponent[] parts = event.getClass().getRecordComponents();
        if (parts == null) {
            return out;
        }
        for (RecordComponent c : parts) {
            if (WRITTEN_ABOVE.contains(c.getName())) {
                continue;
            }
            Object value = value(c, event);
            if (value == null) {
                out.putNull(c.getName());
            } else if (value instanceof Integer i) {
                out.put(c.getName(), i);
            } else if (value instanceof Long l) {
                out.put(c.getName(), l);
            } else if (value instanceof Boolean b) {
                out.put(c.getName(), b);
            } else if (value instanceof AcubeTimestamp ts) {
                out.put(c.getName(), ts.raw());
            } else {
                out.put(c.getName(), value.toString());
            }
        }
        return out;
    }

    private static @Nullable Object value(RecordComponent c, WebhookEvent event) {
        try {
            return c.getAccessor().invoke(event);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + event.getClass().getSimpleName(), e);
        }
    }
}
