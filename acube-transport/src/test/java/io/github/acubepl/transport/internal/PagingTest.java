package io.github.acubepl.transport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PagingTest {
    private static JsonNode json(String s) {
        return Json.parse(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHydraEnvelopeWithPrefix() {
        Paging.Parsed p = Paging.parse(json("{\"@context\":\"/contexts/Webhook\",\"@id\":\"/webhooks\",\"@type\":"
                + "\"hydra:Collection\",\"hydra:member\":[{\"uuid\":\"a\"},{\"uuid\":\"b\"}],\"hydra:totalItems\":42,"
                + "\"hydra:view\":{\"@id\":\"/webhooks?page=1\",\"@type\":\"hydra:PartialCollectionView\",\"hydra:first\":"
                + "\"/webhooks?page=1\",\"hydra:last\":\"/webhooks?page=2\",\"hydra:next\":\"/webhooks?page=2\"},"
                + "\"hydra:search\":{\"@type\":\"hydra:IriTemplate\"}}"));
        assertTrue(p.hydra());
        assertEquals(2, p.members().size());
        assertEquals(42L, p.totalItems());
        assertEquals("/webhooks?page=2", p.next());
    }

    @Test
    void theHydraEnvelopeWithoutPrefix() {
        Paging.Parsed p = Paging.parse(json("{\"member\":[{\"uuid\":\"a\"}],\"totalItems\":\"1\",\"view\":{\"@id\":\"/x?page=1\"}}"));
        assertTrue(p.hydra());
        assertEquals(1, p.members().size());
        assertEquals(1L, p.totalItems());
        assertNull(p.next());
    }

    @Test
    void aPlainArray() {
        Paging.Parsed p = Paging.parse(json("[{\"uuid\":\"a\"},{\"uuid\":\"b\"},{\"uuid\":\"c\"}]"));
        assertFalse(p.hydra());
        assertEquals(3, p.members().size());
        assertNull(p.totalItems());
        assertTrue(Paging.parse(json("[]")).members().isEmpty());
    }

    @Test
    void anythingElseIsNotACollection() {
        assertNull(Paging.parse(json("{\"uuid\":\"a\"}")));
        assertNull(Paging.parse(json("{\"hydra:member\":{}}")));
        assertNull(Paging.parse(json("\"text\"")));
    }
}
