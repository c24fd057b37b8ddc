package io.github.acubepl.webhook.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.acubepl.webhook.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The {@code Date} header the signer writes. */
class HttpDateTest {
    @Test
    void httpDateIsImfFixdateWithTwoDigitDays() {
        assertEquals("Sun, 26 Feb 2023 03:49:36 GMT", WebhookSigner.httpDate(Fixtures.CREATED));
        assertEquals("Wed, 01 Mar 2023 00:00:09 GMT", WebhookSigner.httpDate(Instant.parse("2023-03-01T00:00:09.900Z")));
    }
}
