package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.mapping.InvoiceMapper;
import io.github.acubepl.transport.internal.Endpoint;
import io.github.acubepl.transport.internal.Endpoints;
import io.github.acubepl.transport.internal.Ids;
import io.github.acubepl.transport.internal.Json;
import io.github.acubepl.transport.internal.Log;
import io.github.acubepl.transport.internal.Paging;
import io.github.acubepl.transport.internal.Redaction;
import io.github.acubepl.transport.internal.Request;
import io.github.acubepl.transport.internal.Response;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the resources share: URLs from the endpoint table, authenticated calls (one re-login and
 * one repeat on a 401), error mapping, JSON bodies and paging.
 */
final class Api {
    /** A runaway guard for collections: no listing follows more pages than this. */
    static final int MAX_PAGES = 10_000;

    private final Environment environment;
    private final Endpoints endpoints;
    private final Transport transport;
    private final Supplier<InvoiceMapper> mapper;
    private @Nullable TokenManager tokens;

    Api(Environment environment, Endpoints endpoints, Transport transport, Supplier<InvoiceMapper> mapper) {
        this.environment = environment;
        this.endpoints = endpoints;
        this.transport = transport;
        this.mapper = mapper;
    }

    void tokens(TokenManager tokens) {
        this.tokens = tokens;
    }

    TokenManager tokens() {
        return Objects.requireNonNull(tokens, "tokens");
    }

    InvoiceMapper mapper() {
        return mapper.get();
    }

    Supplier<InvoiceMapper> mapperSupplier() {
        return mapper;
    }

    Environment environment() {
        return environment;
    }

    URI uri(Endpoint endpoint, Map<String, String> variables, Map<String, String> query) {
        URI base = endpoint.onCommonHost() ? environment.commonUrl() : environment.plUrl();
        StringBuilder s = new StringBuilder(base.toString()).append(endpoints.expand(endpoint, variables));
        char sep = '?';
        for (Map.Entry<String, String> p : query.entrySet()) {
            s.append(sep).append(Endpoints.encode(p.getKey())).append('=').append(Endpoints.encode(p.getValue()));
            sep = '&';
        }
        return URI.create(s.toString());
    }

    URI uri(Endpoint endpoint, String... uuids) {
        List<String> names = new ArrayList<>(endpoint.variables());
        if (names.size() != uuids.length) {
            throw new IllegalArgumentException(endpoint + " takes " + names + ", got " + uuids.length + " value(s)");
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < uuids.length; i++) {
            vars.put(names.get(i), Ids.check(names.get(i), uuids[i]));
        }
        return uri(endpoint, vars, Map.of());
    }

    /** Sends {@code request} and returns a 2xx (or passed) answer; throws for everything else. */
    Response call(Request request) {
        if (!request.authenticated) {
            return check(request, transport.send(request, null));
        }
        TokenManager tm = tokens();
        boolean renewed = false;
        while (true) {
            AccessToken token = tm.token();
            Response response = transport.send(request, token.value());
            if (response.status() != 401) {
                return check(request, response);
            }
            if (renewed) {
                throw new AcubeAuthenticationException(request.describe() + " was refused (401: "
                        + Problems.summary(request, response) + ") with a freshly obtained token too; check that the "
                        + "account may use " + environment + " (a token is bound to the environment that issued it)",
                        request.method, request.target, 401);
            }
            Log.LOGGER.log(Level.INFO, () -> request.describe() + " answered 401 ("
                    + Problems.summary(request, response) + "); logging in again and repeating the call once");
            tm.invalidate(token);
            renewed = true;
        }
    }

    private static Response check(Request request, Response response) {
        if (response.isSuccess() || request.passStatuses.contains(response.status())) {
            return response;
        }
        throw Problems.apiException(request, response);
    }

    /** {@code POST /login}: the JWT, or {@link AcubeAuthenticationException} at once on a 401. */
    String login(Credentials credentials) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("email", credentials.email());
        body.put("password", credentials.password());
        Request request = Request.builder("POST", Endpoint.LOGIN, uri(Endpoint.LOGIN)).json(body)
                .secret(credentials.password()).unauthenticated().build();
        Response response = transport.send(request, null);
        if (response.status() == 401) {
            throw new AcubeAuthenticationException("login refused for " + Redaction.maskEmail(credentials.email())
                    + " at " + environment + " (401: " + Problems.summary(request, response)
                    + "); check the email and password, and that the account belongs to this environment",
                    request.method, request.target, 401);
        }
        check(request, response);
        JsonNode json = json(request, response);
        String token = Json.text(json, "token");
        if (token == null || token.isBlank()) {
            throw new AcubeAuthenticationException(request.describe() + " answered " + response.status()
                    + " without a token", request.method, request.target, response.status());
        }
        return token;
    }

    /**
     * The JSON body of a 2xx answer; anything else (another media type such as an HTML page, an empty
     * body, malformed JSON) is an {@link AcubeApiException} with the status and a short prefix of
     * what came: the server was reached, it did not answer as the endpoint promises.
     */
    JsonNode json(Request request, Response response) {
        String type = response.header("Content-Type").orElse(null);
        if (type != null && !isJson(type)) {
            throw Problems.unreadable(request, response, Redaction.quote(type) + " instead of JSON");
        }
        if (response.body().length == 0) {
            throw Problems.unreadable(request, response, "an empty body instead of JSON");
        }
        JsonNode json = Json.parse(response.body());
        if (json == null) {
            throw Problems.unreadable(request, response, "a body that is not well-formed JSON");
        }
        return json;
    }

    /** {@code application/json}, {@code application/ld+json}, {@code application/problem+json} and the like. */
    static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(java.util.Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String subtype = type.substring(slash + 1);
        return subtype.equals("json") || subtype.endsWith("+json");
    }

    <T> T object(Request request, Function<JsonNode, T> reader) {
        Response response = call(request);
        return reader.apply(jsonObject(request, response));
    }

    private JsonNode jsonObject(Request request, Response response) {
        JsonNode json = json(request, response);
        if (!json.isObject()) {
            throw Problems.unreadable(request, response, "JSON that is not an object");
        }
        return json;
    }

    /**
     * A resource that must carry its {@code uuid} (what a create, a read by uuid or a replace
     * answers). Without a usable one the answer cannot be used: for a call that may be repeated that
     * is an {@link AcubeApiException}; for a POST that succeeded it is an
     * {@link AcubeOutcomeUnknownException}, since the resource was probably created but cannot be
     * identified.
     *
     * @param what the resource in words, e.g. {@code "legal entity"}
     */
    <T> T resource(Request request, String what, Function<JsonNode, T> reader) {
        Response response = call(request);
        JsonNode json;
        try {
            json = jsonObject(request, response);
        } catch (AcubeApiException e) {
            if (!request.mayRepeat() && response.isSuccess()) {
                throw Transport.outcomeUnknown(request, response.status(), "it answered " + response.status()
                        + ", so the " + what + " was probably created, but the answer is not the JSON object "
                        + "promised, so it cannot be identified (" + e.getMessage() + ")", e);
            }
            throw e;
        }
        String uuid = Json.text(json, "uuid");
        String problem = Ids.problem(uuid);
        if (problem != null) {
            String why = "the answer's uuid " + problem;
            if (!request.mayRepeat() && response.isSuccess()) {
                throw Transport.outcomeUnknown(request, response.status(), "it answered " + response.status()
                        + ", so the " + what + " was probably created, but " + why + ", so it cannot be identified",
                        null);
            }
            throw Problems.unreadable(request, response, "a " + what + " that cannot be used: " + why);
        }
        return reader.apply(json);
    }

    static String text(Response response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    Request listRequest(Endpoint endpoint, Map<String, String> variables, Map<String, String> query, int page) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("page", Integer.toString(page));
        q.putAll(query);
        return Request.builder("GET", endpoint, uri(endpoint, variables, q)).accept(Request.LD_JSON).build();
    }

    /** Page {@code number} (from 1) of a collection. */
    <T> Page<T> page(Endpoint endpoint, Map<String, String> query, int number, Function<JsonNode, T> reader) {
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + number);
        }
        Request request = listRequest(endpoint, Map.of(), query, number);
        Paging.Parsed parsed = parse(request, call(request));
        return new Page<>(read(parsed.members(), reader), number, parsed.totalItems(),
                parsed.hydra() ? parsed.next() != null : !parsed.members().isEmpty());
    }

    /**
     * Every item of a collection: follows hydra {@code next} links; for plain arrays, walks
     * {@code page = 1, 2, …} until an empty page (or a page repeating the previous one, the sign of
     * a server that ignores {@code page}).
     */
    <T> List<T> all(Endpoint endpoint, Map<String, String> query, Function<JsonNode, T> reader) {
        List<T> items = new ArrayList<>();
        Set<URI> visited = new HashSet<>();
        Request request = listRequest(endpoint, Map.of(), query, 1);
        int number = 1;
        List<JsonNode> previous = null;
        for (int pages = 1;; pages++) {
            if (pages > MAX_PAGES) {
                throw new AcubeException(request.describe() + ": more than " + MAX_PAGES + " pages; stopping",
                        request.method, request.target, null);
            }
            visited.add(request.uri);
            Paging.Parsed parsed = parse(request, call(request));
            if (parsed.hydra()) {
                items.addAll(read(parsed.members(), reader));
                if (parsed.next() == null) {
                    return items;
                }
                URI next = resolveNext(request, parsed.next());
                if (visited.contains(next)) {
                    Log.LOGGER.log(Level.WARNING, () -> "the next page " + next.getRawPath() + " was already read; stopping");
                    return items;
                }
                request = Request.builder("GET", endpoint, next).accept(Request.LD_JSON).build();
                number++;
            } else {
                if (parsed.members().isEmpty()) {
                    return items;
                }
                if (parsed.members().equals(previous)) {
                    Request r = request;
                    Log.LOGGER.log(Level.WARNING, () -> r.describe() + " repeated the previous page; the server seems "
                            + "to ignore 'page'; stopping");
                    return items;
                }
                items.addAll(read(parsed.members(), reader));
                previous = parsed.members();
                number++;
                request = listRequest(endpoint, Map.of(), query, number);
            }
        }
    }

    private Paging.Parsed parse(Request request, Response response) {
        Paging.Parsed parsed = Paging.parse(json(request, response));
        if (parsed == null) {
            throw Problems.unreadable(request, response, "JSON that is neither an array nor a hydra collection");
        }
        return parsed;
    }

    /** Resolves a {@code next} link against the PL URL, refusing to send the token to another origin. */
    private URI resolveNext(Request request, String next) {
        URI resolved;
        try {
            resolved = request.uri.resolve(next);
        } catch (IllegalArgumentException e) {
            throw new AcubeException(request.describe() + ": the next page link is not a URI: " + next,
                    request.method, request.target, e);
        }
        URI base = environment.plUrl();
        if (!Objects.equals(resolved.getScheme(), base.getScheme()) || !Objects.equals(resolved.getHost(), base.getHost())
                || resolved.getPort() != base.getPort()) {
            throw new AcubeException(request.describe() + ": the next page link points to another origin ("
                    + resolved.getScheme() + "://" + resolved.getHost() + "); not following it with the token",
                    request.method, request.target, null);
        }
        return resolved;
    }

    private static <T> List<T> read(List<JsonNode> members, Function<JsonNode, T> reader) {
        List<T> out = new ArrayList<>(members.size());
        for (JsonNode m : members) {
            if (m.isObject()) {
                out.add(reader.apply(m));
            }
        }
        return out;
    }
}
