package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The common host: {@code POST /login} and {@code GET /signature-public-key}. Credentials and tokens are never logged. */
final class CommonApi {
    private final State state;
    private final Jwt jwt;
    private final SigningKeys signingKeys;
    private final SandboxClock clock;

    CommonApi(State state, Jwt jwt, SigningKeys signingKeys, SandboxClock clock) {
        this.state = state;
        this.jwt = jwt;
        this.signingKeys = signingKeys;
        this.clock = clock;
    }

    void register(Router router) {
        router.add("POST", "/login", false, this::login);
        router.add("GET", "/signature-public-key", false, this::publicKey);
    }

    private Response login(Router.Call call) {
        Request request = call.request();
        if (!MediaTypes.isJson(request.contentType())) {
            throw ApiException.unsupportedMediaType(request.contentType(), "\"application/json\"");
        }
        ObjectNode body = Json.requestObject(request.body());
        String email = Json.string(body, "email");
        String password = Json.string(body, "password");
        if (email == null) {
            throw ApiException.badRequest("The key \"email\" must be provided.");
        }
        if (password == null) {
            throw ApiException.badRequest("The key \"password\" must be provided.");
        }
        State.Account account = state.account(email);
        boolean ok = account != null && MessageDigest.isEqual(
                account.user.password().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ObjectNode error = Json.object();
            error.put("code", 401);
            error.put("message", "Invalid credentials.");
            return Response.json(401, error);
        }
        ObjectNode out = Json.object();
        out.put("token", jwt.issue(account.email(), account.uid, clock.instant()));
        return Response.json(200, out);
    }

    private Response publicKey(Router.Call call) {
        ObjectNode out = Json.object();
        out.put("public_key", signingKeys.publicKeyPem());
        return Response.json(200, out);
    }
}
