package io.github.acubepl.transport;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of a collection.
 *
 * @param items the items on this page
 * @param number the page number (from 1)
 * @param totalItems the size of the whole collection, if the API said (hydra {@code totalItems})
 * @param hasNext whether a next page exists: from hydra's {@code next} link when the API sent the
 *     hydra envelope; for a plain array (which carries no such link) {@code true} whenever this page
 *     is not empty, since only an empty page ends the collection
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int number, @Nullable Long totalItems, boolean hasNext) {
    /** Copies the items. */
    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
    }
}
