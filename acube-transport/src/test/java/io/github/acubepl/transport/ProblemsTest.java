package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Request;
import io.github.acubepl.transport.internal.Response;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Error bodies: RFC 7807 problems, the JWT layer's shape, redaction and truncation. */
class ProblemsTest {
    private static final Request GET = Request.builder("GET", Endpoint.WEBHOOK, URI.create("https://pl/webhooks/x")).build();

    private static Response response(int status, String body, Map<String, List<String>> headers) {
        return new Response(status, HttpHeaders.of(headers, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anRfc7807ProblemWithViolationsIsRead() {
        String body = "{\"type\":\"https://tools.ietf.org/html/rfc2616#section-10\",\"title\":\"An error occurred\","
                + "\"detail\":\"podmiot1.daneIdentyfikacyjne.NIP: Legal Entity not found for NIP 1234567890\","
                + "\"violations\":[{\"propertyPath\":\"podmiot1.daneIdentyfikacyjne.NIP\",\"message\":"
                + "\"Legal Entity not found for NIP 1234567890\",\"code\":null},{\"propertyPath\":\"fa.p2\",\"message\":"
                + "\"This value is too short.\",\"code\":\"9ff3fdc4-b214-49db-8718-39c315e33d45\"}]}";
        AcubeApiException e = Problems.apiException(GET, response(422, body, Map.of("X-Request-Id", List.of("req-42"))));
        assertEquals(422, e.status());
        assertEquals("An error occurred", e.title().orElseThrow());
        assertEquals("https://tools.ietf.org/html/rfc2616#section-10", e.type().orElseThrow());
        assertEquals(List.of(
                new Violation("podmiot1.daneIdentyfikacyjne.NIP", "Legal Entity not found for NIP 1234567890", null),
                new Violation("fa.p2", "This value is too short.", "9ff3fdc4-b214-49db-8718-39c315e33d45")), e.violations());
        assertEquals("req-42", e.requestId().orElseThrow());
        assertTrue(e.getMessage().startsWith("GET /webhooks/x answered 422: podmiot1.daneIdentyfikacyjne.NIP: Legal"),
                e.getMessage());
        assertTrue(e.getMessage().contains("fa.p2: This value is too short.") && e.getMessage().contains("req-42"),
                e.getMessage());
        assertEquals("GET", e.method().orElseThrow());
        assertEquals("/webhooks/x", e.path().orElseThrow());
    }

    @Test
    void theMessageIsDetailElseTitleElseMessage() {
        assertEquals("d", Problems.parse(bytes("{\"title\":\"t\",\"detail\":\"d\",\"message\":\"m\"}")).text());
        assertEquals("t", Problems.parse(bytes("{\"title\":\"t\",\"detail\":\"\",\"message\":\"m\"}")).text());
        assertEquals("m", Problems.parse(bytes("{\"title\":null,\"message\":\"m\"}")).text());
        assertEquals("Invalid JWT Token", Problems.parse(bytes("{\"code\":401,\"message\":\"Invalid JWT Token\"}")).text());
        assertNull(Problems.parse(bytes("<html>502</html>")).text());
        assertNull(Problems.parse(bytes("")).text());
    }

    @Test
    void problemsWithoutTypeOrWithNullViolationsAreFine() {
        Problems.Problem p = Problems.parse(bytes("{\"title\":\"An error occurred\",\"detail\":\"Not Found\",\"violations\":null}"));
        assertEquals(List.of(), p.violations());
        assertNull(p.type());
        AcubeApiException e = Problems.apiException(GET, response(404, "{\"detail\":\"Not Found\"}", Map.of()));
        assertEquals("GET /webhooks/x answered 404: Not Found", e.getMessage());
        assertTrue(e.requestId().isEmpty());
    }

    @Test
    void aNonJsonBodyIsKeptAsTextAndQuotedInTheMessage() {
        AcubeApiException e = Problems.apiException(GET, response(502, "<html>Bad gateway</html>", Map.of()));
        assertEquals("GET /webhooks/x answered 502 with a body that is not a problem: <html>Bad gateway</html>",
                e.getMessage());
        assertEquals("<html>Bad gateway</html>", e.body());
    }

    @Test
    void secretFieldsAreMaskedInKeptBodies() {
        String body = "{\"token\":\"" + Fixtures.jwt("x") + "\",\"nested\":{\"password\":\"pw\",\"AuthorizationToken\":\"k\"},"
                + "\"list\":[{\"token\":\"t\"}],\"keep\":\"v\",\"token2\":null}";
        String kept = Redaction.body(bytes(body), List.of());
        assertEquals("{\"token\":\"***\",\"nested\":{\"password\":\"***\",\"AuthorizationToken\":\"***\"},"
                + "\"list\":[{\"token\":\"***\"}],\"keep\":\"v\",\"token2\":null}", kept);
    }

    @Test
    void secretsAreMaskedInTextThatIsNotJsonToo() {
        String jwt = Fixtures.jwt("x");
        String text = "oops {\"password\": \"pw\\\"x\", \"token\":\"abc\"} Authorization: Bearer abc.def " + jwt + " hunter2";
        String masked = Redaction.text(text, List.of("hunter2"));
        assertFalse(masked.contains("pw") || masked.contains("abc") || masked.contains(jwt) || masked.contains("hunter2"),
                masked);
        assertTrue(masked.contains("\"password\": \"***\""), masked);
    }

    @Test
    void keptBodiesAreTruncated() {
        String big = "x".repeat(50_000);
        String kept = Redaction.body(bytes(big), List.of());
        assertTrue(kept.length() < Redaction.MAX_KEPT_BODY_CHARS + 100);
        assertTrue(kept.endsWith("(truncated; 50000 bytes in all)"), kept.substring(kept.length() - 50));
    }

    @Test
    void emailsAreMasked() {
        assertEquals("j***@example.com", Redaction.maskEmail("jan.kowalski@example.com"));
        assertEquals("a***", Redaction.maskEmail("admin"));
        assertEquals("***", Redaction.maskEmail(""));
        assertEquals("@***", Redaction.maskEmail("@x"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
