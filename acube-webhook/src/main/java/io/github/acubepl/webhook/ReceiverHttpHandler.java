package io.github.acubepl.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.acubepl.webhook.WebhookResponse.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@link WebhookReceiver#httpHandler()}. */
final class ReceiverHttpHandler implements HttpHandler {
    private final WebhookReceiver receiver;

    ReceiverHttpHandler(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            WebhookResponse response = respond(exchange);
            byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            if (response.outcome() == Outcome.METHOD_NOT_ALLOWED) {
                exchange.getResponseHeaders().set("Allow", "POST");
            }
            exchange.sendResponseHeaders(response.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } finally {
            exchange.close();
        }
    }

    private WebhookResponse respond(HttpExchange exchange) throws IOException {
        WebhookEndpoint endpoint = receiver.endpointForPath(exchange.getRequestURI().getRawPath());
        if (endpoint == null) {
            return WebhookResponse.of(Outcome.NOT_FOUND);
        }
        String method = exchange.getRequestMethod();
        if (!"POST".equals(method)) {
            return WebhookResponse.of(Outcome.METHOD_NOT_ALLOWED);
        }
        int cap = receiver.maxBodyBytes();
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > cap) {
                    return WebhookResponse.of(Outcome.TOO_LARGE);
                }
            } catch (NumberFormatException e) {
                // the server rejects a malformed length itself; read with the cap anyway
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(cap + 1);
        }
        if (body.length > cap) {
            return WebhookResponse.of(Outcome.TOO_LARGE);
        }
        WebhookHeaders headers = WebhookHeaders.of(exchange.getRequestHeaders());
        return receiver.receive(endpoint, exchange.getRequestURI().getRawQuery(), method, headers, body);
    }
}
