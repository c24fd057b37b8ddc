package io.github.acubepl.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.webhook.internal.TargetUri;
import io.github.acubepl.webhook.sending.WebhookSender;
import io.github.acubepl.webhook.sending.WebhookSigner;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The case-insensitive header multimap, URL normalization and the HTTP date. */
class HeadersAndUrlsTest {

    @Test
    void headersAreCaseInsensitiveAndSeveralLinesJoinWithCommaSpace() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("Signature-Input", List.of(" a=(\"x\");keyid=\"k\" "));
        raw.put("signature-input", List.of("b=()"));
        raw.put(null, List.of("HTTP/1.1 200 OK"));
        WebhookHeaders h = WebhookHeaders.of(raw);
        assertEquals(List.of(" a=(\"x\");keyid=\"k\" ", "b=()"), h.all("SIGNATURE-INPUT"));
        assertEquals(Optional.of("a=(\"x\");keyid=\"k\", b=()"), h.get("Signature-Input"));
        assertEquals(Optional.empty(), h.get("date"));
        assertTrue(h.contains("signature-INPUT"));
        assertEquals(List.of("signature-input"), List.copyOf(h.names()));
    }

    @Test
    void toStringShowsNamesNotValues() {
        WebhookHeaders h = WebhookHeaders.of("Signature", "pyhms=:secretish:");
        assertFalse(h.toString().contains("secretish"));
        assertTrue(h.toString().contains("signature"));
    }

    @Test
    void builderSetRemoveAndPlus() {
        WebhookHeaders a = WebhookHeaders.of("a", "1", "b", "2");
        WebhookHeaders b = a.toBuilder().set("A", "x").remove("b").build().plus(WebhookHeaders.of("a", "y"));
        assertEquals(List.of("x", "y"), b.all("a"));
        assertFalse(b.contains("b"));
        assertThrows(IllegalArgumentException.class, () -> WebhookHeaders.of("bad name", "v"));
        assertThrows(IllegalArgumentException.class, () -> WebhookHeaders.of("odd"));
    }

    @Test
    void targetUriKeepsPortPathCaseAndQuery() {
        TargetUri t = TargetUri.parse("HTTPS://Hooks.Example.com:443/Acube/Hook?b=2&a=1");
        assertEquals("hooks.example.com:443", t.authority());
        assertEquals("https://hooks.example.com:443/Acube/Hook?b=2&a=1", t.targetUri());
        assertEquals("/Acube/Hook", t.path());
        assertEquals("?b=2&a=1", t.queryComponent());
        TargetUri bare = TargetUri.parse("https://h.example");
        assertEquals("/", bare.path());
        assertNull(bare.query());
        assertEquals("?", bare.queryComponent());
        assertEquals("https://h.example/?x=1", bare.withQueryIfAbsent("x=1").targetUri());
        assertEquals("https://h.example/p%20q", TargetUri.parse("https://h.example/p%20q").targetUri());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative", "ftp://h.example/x", "https://h.example/x#frag", "https://user@h.example/x",
        "https://h.example/ü", "https://h.example/a b", "https:///x", "mailto:x@y"})
    void unusableUrlsAreRejected(String url) {
        assertThrows(IllegalArgumentException.class, () -> TargetUri.parse(url));
    }

    @Test
    void endpointsNormalizeAndValidate() {
        WebhookEndpoint e = WebhookEndpoint.of("legal-entity-invoice-sender", "https://Hooks.example.com/a?x=1");
        assertEquals("https://hooks.example.com/a?x=1", e.publicUrl());
        assertEquals("legal-entity-invoice-sender", e.name());
        assertEquals("/a", e.localPath());
        assertEquals("/local", e.withLocalPath("/local").localPath());
        assertEquals("/p", WebhookEndpoint.of("https://h.example/p").name());
        assertThrows(IllegalArgumentException.class, () -> e.withLocalPath("nope"));
        assertThrows(IllegalArgumentException.class, () -> WebhookEndpoint.of("http://h.example/#x"));
    }

    @Test
    void policyAndBuildersValidate() {
        assertThrows(IllegalArgumentException.class, () -> VerificationPolicy.builder().keyId("").build());
        assertThrows(IllegalArgumentException.class,
                () -> VerificationPolicy.builder().requiredComponents(java.util.Set.of("@Method")).build());
        assertThrows(IllegalArgumentException.class,
                () -> VerificationPolicy.builder().requiredComponents(java.util.Set.of("@status")).build());
        assertThrows(IllegalArgumentException.class, () -> VerificationPolicy.builder().maxAge(java.time.Duration.ZERO).build());
        assertThrows(IllegalStateException.class, () -> WebhookVerifier.builder().build());
        assertThrows(IllegalStateException.class, () -> WebhookSigner.builder().build());
        assertThrows(IllegalStateException.class,
                () -> WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).label("Pyhms").build());
        assertThrows(IllegalStateException.class,
                () -> WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY).components("date", "date").build());
        assertThrows(IllegalArgumentException.class, () -> WebhookSigner.builder().privateKey(Fixtures.PRIVATE_KEY)
                .components("@method", "content-type").build().sign("POST", Fixtures.URL, WebhookHeaders.empty(), new byte[0]));
    }

    @Test
    void aLoopbackOnlySenderPassesLoopbackTargetsAndRefusesOthersWithoutIo() throws Exception {
        List<String> sent = new java.util.ArrayList<>();
        WebhookSender sender = WebhookSender.loopbackOnly(r -> {
            sent.add(r.url());
            return 200;
        });
        for (String ok : List.of("http://127.0.0.1:8080/h", "http://127.255.0.9/h", "http://localhost/h",
                "http://LOCALHOST:1/h", "http://[::1]:9000/h")) {
            assertEquals(200, sender.send(new WebhookSender.Request("d", 1, ok, WebhookHeaders.empty(), new byte[0])), ok);
        }
        for (String refused : List.of("https://erp.example.com/h", "http://128.0.0.1/h", "http://127.0.0.1.nip.io/h",
                "http://0x7f.0.0.1/h", "http://127.0.0.256/h", "http://10.0.0.1/h", "http://[::2]/h")) {
            assertThrows(java.net.ConnectException.class,
                    () -> sender.send(new WebhookSender.Request("d", 1, refused, WebhookHeaders.empty(), new byte[0])),
                    refused);
        }
        assertEquals(5, sent.size(), "refused targets never reach the wrapped sender");
    }
}
