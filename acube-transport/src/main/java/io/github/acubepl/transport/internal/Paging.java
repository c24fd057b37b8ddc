package io.github.acubepl.transport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reads a collection: a plain JSON array, or the hydra envelope with or without the {@code hydra:} prefix. */
public final class Paging {
    private Paging() {
    }

    /**
     * A parsed page.
     *
     * @param members the items
     * @param totalItems {@code totalItems}, if given
     * @param next the {@code view.next} link, if given
     * @param hydra whether it was an envelope (else a plain array)
     */
    public record Parsed(List<JsonNode> members, @Nullable Long totalItems, @Nullable String next, boolean hydra) {
    }

    /** The page, or {@code null} if {@code json} is neither an array nor an object with members. */
    public static @Nullable Parsed parse(JsonNode json) {
        if (json.isArray()) {
            return new Parsed(elements(json), null, null, false);
        }
        if (!json.isObject()) {
            return null;
        }
        JsonNode members = first(json, "hydra:member", "member");
        if (members == null || !members.isArray()) {
            return null;
        }
        Long total = Json.integer(json, "hydra:totalItems", "totalItems");
        JsonNode view = first(json, "hydra:view", "view");
        String next = view == null ? null : Json.text(view, "hydra:next", "next");
        return new Parsed(elements(members), total, next == null || next.isBlank() ? null : next, true);
    }

    private static @Nullable JsonNode first(JsonNode json, String... names) {
        for (String name : names) {
            JsonNode value = json.get(name);
            if (value != null && !value.isNull()) {
                return value;
            }
        }
        return null;
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> out = new ArrayList<>(array.size());
        array.forEach(out::add);
        return List.copyOf(out);
    }
}
