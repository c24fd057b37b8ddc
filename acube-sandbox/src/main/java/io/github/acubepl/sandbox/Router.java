package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Routes by method and path template ({@code /invoices/{uuid}/upo}). Unknown paths are 404, a known
 * path with another method is 405 (with {@code Allow}); then authentication (for PL routes), then the
 * handler. Literal segments win over parameters ({@code /invoices/v3} is never an invoice uuid).
 * {@code HEAD} is routed as {@code GET} (the server then sends the headers without the body), and
 * {@code Allow} lists {@code HEAD} wherever it lists {@code GET}.
 */
final class Router {
    /** Handles one routed call. */
    @FunctionalInterface
    interface Handler {
        Response handle(Call call);
    }

    /** Authenticates a PL call: the user's e-mail, or an {@link ApiException} (401). */
    @FunctionalInterface
    interface Authenticator {
        String authenticate(Request request);
    }

    /** A routed call: the request, its path parameters and its user ({@code ""} on public routes). */
    record Call(Request request, Map<String, String> params, String user) {
        String param(String name) {
            String v = params.get(name);
            if (v == null) {
                throw new IllegalStateException("no path parameter " + name);
            }
            return v;
        }
    }

    private record Route(String method, String[] segments, boolean authenticated, Handler handler) {
    }

    /** How much of a request's method and path a 405 message quotes. */
    private static final int MAX_QUOTED_PATH = 200;

    private final List<Route> routes = new ArrayList<>();
    private final Authenticator authenticator;

    Router(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    Router add(String method, String template, boolean authenticated, Handler handler) {
        routes.add(new Route(method, split(template), authenticated, handler));
        return this;
    }

    /** Routes and handles {@code request}; error answers come back as responses, never as exceptions. */
    Response dispatch(Request request) {
        try {
            String[] path = split(request.path());
            String method = request.method().equals("HEAD") ? "GET" : request.method();
            @Nullable Route best = null;
            Map<String, String> bestParams = Map.of();
            int bestLiterals = -1;
            Set<String> allowed = new TreeSet<>();
            for (Route r : routes) {
                Map<String, String> params = match(r.segments, path);
                if (params == null) {
                    continue;
                }
                int literals = r.segments.length - params.size();
                if (literals > bestLiterals) {
                    bestLiterals = literals;
                    allowed.clear();
                    best = null;
                }
                if (literals == bestLiterals) {
                    allowed.add(r.method);
                    if (r.method.equals(method)) {
                        best = r;
                        bestParams = params;
                    }
                }
            }
            if (allowed.isEmpty()) {
                throw ApiException.notFound();
            }
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            if (best == null) {
                String allow = String.join(", ", allowed);
                throw new ApiException(ApiException.problem(405, "No route found for "
                        + RequestHead.quote(request.method() + " " + request.path(), MAX_QUOTED_PATH)
                        + ": Method Not Allowed (Allow: " + allow + ")").withHeader("Allow", allow));
            }
            String user = best.authenticated ? authenticator.authenticate(request) : "";
            return best.handler.handle(new Call(request, bestParams, user));
        } catch (ApiException e) {
            return e.response();
        }
    }

    private static @Nullable Map<String, String> match(String[] template, String[] path) {
        if (template.length != path.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.startsWith("{") && t.endsWith("}")) {
                if (path[i].isEmpty()) {
                    return null;
                }
                params.put(t.substring(1, t.length() - 1), path[i]);
            } else if (!t.equals(path[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        // "/a/b" -> ["a", "b"]; "/" -> [""]; a trailing slash keeps an empty last segment (so it does not match)
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.split("/", -1);
    }
}
