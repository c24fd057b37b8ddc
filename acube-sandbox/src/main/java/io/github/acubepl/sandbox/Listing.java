package io.github.acubepl.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Collections in both media types: with {@code Accept: application/ld+json} the hydra envelope
 * ({@code hydra:member}, {@code hydra:totalItems}, {@code hydra:view} with first, last, previous and
 * next), otherwise a plain JSON array. 30 items per page, {@code itemsPerPage} up to 30 honoured,
 * {@code page} from 1, a page past the end is empty.
 */
final class Listing {
    static final int MAX_PER_PAGE = 30;

    private Listing() {
    }

    /** One member: its IRI and its JSON. */
    record Item(String iri, ObjectNode body) {
    }

    static Response respond(Request request, String collectionPath, String type, List<Item> all) {
        int page = positive(request.param("page"), 1, "page");
        int perPage = Math.min(MAX_PER_PAGE, positive(request.param("itemsPerPage"), MAX_PER_PAGE, "itemsPerPage"));
        int from = (int) Math.min((long) (page - 1) * perPage, all.size());
        int to = Math.min(from + perPage, all.size());
        List<Item> slice = all.subList(from, to);
        if (!wantsHydra(request)) {
            ArrayNode array = Json.array();
            for (Item i : slice) {
                array.add(i.body());
            }
            return Response.json(200, array);
        }
        int last = Math.max(1, (all.size() + perPage - 1) / perPage);
        ObjectNode body = Json.object();
        body.put("@context", "/contexts/" + type);
        body.put("@id", collectionPath);
        body.put("@type", "hydra:Collection");
        ArrayNode members = body.putArray("hydra:member");
        for (Item i : slice) {
            ObjectNode m = members.addObject();
            m.put("@id", i.iri());
            m.put("@type", type);
            m.setAll(i.body());
        }
        body.put("hydra:totalItems", all.size());
        ObjectNode view = body.putObject("hydra:view");
        view.put("@id", link(request, collectionPath, page));
        view.put("@type", "hydra:PartialCollectionView");
        view.put("hydra:first", link(request, collectionPath, 1));
        view.put("hydra:last", link(request, collectionPath, last));
        if (page > 1) {
            view.put("hydra:previous", link(request, collectionPath, Math.min(page - 1, last)));
        }
        if (page < last) {
            view.put("hydra:next", link(request, collectionPath, page + 1));
        }
        return Response.of(200, Response.LD_JSON, Json.bytes(body));
    }

    private static boolean wantsHydra(Request request) {
        for (String t : request.accepted()) {
            if (t.equals("application/ld+json")) {
                return true;
            }
            if (t.equals("application/json")) {
                return false;
            }
        }
        return false;
    }

    /** The collection's path with the request's other parameters kept and {@code page} set. */
    private static String link(Request request, String path, int page) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, List<String>> p : request.query().entrySet()) {
            if (p.getKey().equals("page")) {
                continue;
            }
            for (String v : p.getValue()) {
                pairs.add(encode(p.getKey()) + "=" + encode(v));
            }
        }
        pairs.add("page=" + page);
        return path + "?" + String.join("&", pairs);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]");
    }

    private static int positive(@Nullable String value, int fallback, String name) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw ApiException.badRequest("\"" + name + "\" must be a positive integer, not " + RequestHead.quote(value) + ".");
    }
}
