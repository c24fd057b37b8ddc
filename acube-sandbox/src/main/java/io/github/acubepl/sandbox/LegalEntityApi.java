package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.acubepl.mapping.Nip;
import io.github.acubepl.sandbox.ApiException.Violation;
import io.github.acubepl.sandbox.State.Account;
import io.github.acubepl.sandbox.State.Entity;
import io.github.acubepl.sandbox.State.Token;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Legal entities and their KSeF authorization tokens ({@code docs/api-contract.md}, Legal entities and KSeF authorization tokens). */
final class LegalEntityApi {
    static final String NOT_BLANK = "This value should not be blank.";
    private static final Pattern POSTCODE_PL = Pattern.compile("\\d{2}-\\d{3}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final State state;
    private final SandboxClock clock;
    private final Ids ids;
    private final BiConsumer<String, String> onboarded;

    /** {@code onboarded} is told (user e-mail, legal entity uuid) after a token is selected, outside the lock. */
    LegalEntityApi(State state, SandboxClock clock, Ids ids, BiConsumer<String, String> onboarded) {
        this.state = state;
        this.clock = clock;
        this.ids = ids;
        this.onboarded = onboarded;
    }

    void register(Router router) {
        router.add("POST", "/legal-entities", true, this::create);
        router.add("GET", "/legal-entities", true, this::list);
        router.add("GET", "/legal-entities/{uuid}", true, this::get);
        router.add("POST", "/legal-entities/{uuid}/ksef-token/create", true, this::createToken);
        router.add("POST", "/legal-entities/{uuid}/ksef-token/select", true, this::selectToken);
        router.add("POST", "/legal-entities/{uuid}/ksef-token/revoke", true, this::revokeToken);
    }

    static Account account(State state, Router.Call call) {
        Account a = state.account(call.user());
        if (a == null) {
            throw ApiException.unauthorized("Invalid JWT Token");
        }
        return a;
    }

    static ObjectNode jsonBody(Request request) {
        if (!MediaTypes.isJson(request.contentType())) {
            throw ApiException.unsupportedMediaType(request.contentType(), "\"application/json\", \"application/ld+json\"");
        }
        return Json.requestObject(request.body());
    }

    private Response create(Router.Call call) {
        Account account = account(state, call);
        ObjectNode body = jsonBody(call.request());
        String nip = trimmed(Json.string(body, "nip"));
        String name = trimmed(Json.string(body, "name"));
        String addressLine1 = trimmed(Json.string(body, "addressLine1"));
        String addressLine2 = trimmed(Json.string(body, "addressLine2"));
        String postcode = trimmed(Json.string(body, "postcode"));
        String city = trimmed(Json.string(body, "city"));
        String countryIso2 = trimmed(Json.string(body, "countryIso2"));
        String email = trimmed(Json.string(body, "email"));
        String province = Json.string(body, "province");
        String url = Json.string(body, "url");

        List<Violation> violations = new ArrayList<>();
        if (nip.isEmpty()) {
            violations.add(new Violation("nip", NOT_BLANK, null));
        } else if (!Nip.isValid(nip)) {
            violations.add(new Violation("nip", "This value is not a valid NIP.", null));
        }
        notBlank(violations, "name", name);
        notBlank(violations, "addressLine1", addressLine1);
        notBlank(violations, "addressLine2", addressLine2);
        if (countryIso2.equalsIgnoreCase("PL") && !POSTCODE_PL.matcher(postcode).matches()) {
            violations.add(new Violation("postcode", postcode.isEmpty() ? NOT_BLANK
                    : "This value is not a valid postal code (NN-NNN).", null));
        }
        notBlank(violations, "city", city);
        if (!COUNTRY.matcher(countryIso2).matches()) {
            violations.add(new Violation("countryIso2", countryIso2.isEmpty() ? NOT_BLANK
                    : "This value is not a valid country code (two letters).", null));
        }
        notBlank(violations, "email", email);

        Instant now = Timestamps.seconds(clock.instant());
        ObjectNode out = state.locked(() -> {
            if (!nip.isEmpty() && account.entityByNip(nip) != null) {
                violations.add(0, new Violation("nip", "This value is already used.", null));
            }
            if (!violations.isEmpty()) {
                throw ApiException.unprocessable(violations);
            }
            Entity e = new Entity(ids.uuid(), nip, name, email, url, addressLine1, addressLine2, postcode, province,
                    city, countryIso2.toUpperCase(Locale.ROOT), now);
            account.entities.put(e.uuid, e);
            return render(e);
        });
        return Response.json(201, out).withHeader("Location", "/legal-entities/" + out.get("uuid").asText());
    }

    private Response list(Router.Call call) {
        Account account = account(state, call);
        List<Listing.Item> items = state.locked(() -> {
            List<Listing.Item> all = new ArrayList<>();
            for (Entity e : account.entities.values()) {
                all.add(new Listing.Item("/legal-entities/" + e.uuid, render(e)));
            }
            return all;
        });
        return Listing.respond(call.request(), "/legal-entities", "LegalEntity", items);
    }

    private Response get(Router.Call call) {
        Account account = account(state, call);
        return Response.json(200, state.locked(() -> render(entity(account, call.param("uuid")))));
    }

    private Response createToken(Router.Call call) {
        Account account = account(state, call);
        String entityUuid = call.param("uuid");
        state.locked(() -> entity(account, entityUuid));
        ObjectNode body = jsonBody(call.request());
        String secret = Json.string(body, "authorizationToken");
        boolean autoSelect = Json.bool(body, "autoSelect", false);
        if (secret == null || secret.isBlank()) {
            throw ApiException.unprocessable("authorizationToken", NOT_BLANK);
        }
        Instant now = Timestamps.seconds(clock.instant());
        ObjectNode out = state.locked(() -> {
            Entity e = entity(account, entityUuid);
            Token t = new Token(ids.uuid(), secret);
            e.tokens.put(t.uuid, t);
            if (autoSelect) {
                select(e, t);
            }
            e.updatedAt = now;
            return render(t);
        });
        if (autoSelect) {
            onboarded.accept(call.user(), entityUuid);
        }
        return Response.json(201, out);
    }

    private Response selectToken(Router.Call call) {
        Account account = account(state, call);
        String entityUuid = call.param("uuid");
        state.locked(() -> entity(account, entityUuid));
        String tokenUuid = tokenUuid(jsonBody(call.request()));
        Instant now = Timestamps.seconds(clock.instant());
        ObjectNode out = state.locked(() -> {
            Entity e = entity(account, entityUuid);
            Token t = e.tokens.get(tokenUuid);
            if (t == null) {
                throw ApiException.notFound();
            }
            select(e, t);
            e.updatedAt = now;
            return render(t);
        });
        onboarded.accept(call.user(), entityUuid);
        return Response.json(200, out);
    }

    private Response revokeToken(Router.Call call) {
        Account account = account(state, call);
        String entityUuid = call.param("uuid");
        state.locked(() -> entity(account, entityUuid));
        String tokenUuid = tokenUuid(jsonBody(call.request()));
        Instant now = Timestamps.seconds(clock.instant());
        state.locked(() -> {
            Entity e = entity(account, entityUuid);
            if (e.tokens.remove(tokenUuid) == null) {
                throw ApiException.notFound();
            }
            e.updatedAt = now;
        });
        return Response.noContent();
    }

    private static String tokenUuid(ObjectNode body) {
        String uuid = Json.string(body, "uuid");
        if (uuid == null || uuid.isBlank()) {
            throw ApiException.unprocessable("uuid", NOT_BLANK);
        }
        return uuid.strip();
    }

    private static void select(Entity e, Token chosen) {
        for (Token t : e.tokens.values()) {
            t.selected = t == chosen;
        }
    }

    /** Inside the lock: the user's legal entity, or 404. */
    static Entity entity(Account account, String uuid) {
        Entity e = account.entities.get(uuid);
        if (e == null) {
            throw ApiException.notFound();
        }
        return e;
    }

    static ObjectNode render(Entity e) {
        ObjectNode o = Json.object();
        o.put("uuid", e.uuid);
        o.put("name", e.name);
        o.put("nip", e.nip);
        o.put("email", e.email);
        o.put("url", e.url);
        o.put("addressLine1", e.addressLine1);
        o.put("addressLine2", e.addressLine2);
        o.put("postcode", e.postcode);
        o.put("province", e.province);
        o.put("city", e.city);
        o.put("countryIso2", e.countryIso2);
        boolean active = e.active();
        o.put("status", active ? 1 : 0);
        o.put("_statusName", active ? "active" : "pending");
        o.put("authFlowStatus", 0);
        o.put("incomingInvoiceEnabled", false);
        o.put("createdAt", Timestamps.format(e.createdAt));
        o.put("updatedAt", Timestamps.format(e.updatedAt));
        return o;
    }

    private static ObjectNode render(Token t) {
        ObjectNode o = Json.object();
        o.put("uuid", t.uuid);
        o.put("authorizationToken", t.secret);
        o.put("isActive", t.active);
        o.put("isSelected", t.selected);
        return o;
    }

    private static void notBlank(List<Violation> violations, String field, String value) {
        if (value.isEmpty()) {
            violations.add(new Violation(field, NOT_BLANK, null));
        }
    }

    private static String trimmed(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
