package io.github.acubepl.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.acubepl.transport.internal.Json;
import org.jspecify.annotations.Nullable;

/**
 * An attachment of an invoice, as listed by {@code GET /invoices/{uuid}/attachments}.
 *
 * @param uuid the attachment's id (for {@link Invoices#attachment(String, String)})
 * @param fileName the file name, if given
 * @param contentType the media type, if given
 * @param size the size in bytes, if given
 */
public record Attachment(@Nullable String uuid, @Nullable String fileName, @Nullable String contentType,
        @Nullable Long size) {

    static Attachment fromJson(JsonNode n) {
        return new Attachment(Json.text(n, "uuid"), Json.text(n, "fileName", "filename"),
                Json.text(n, "contentType", "mimeType"), Json.integer(n, "size"));
    }
}
