package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.sandbox.SandboxInvoice;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.InvoiceVerificationException;
import io.github.acubepl.transport.InvoiceVerificationException.Reason;
import io.github.acubepl.transport.VerifiedInvoice;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Invoices.download} against the simulator (issue 10, item 2): the FA XML the simulator
 * serves matches the hash its KSeF gives (the one webhooks carry), byte for byte, and a hash it
 * does not match is refused.
 */
class VerifiedDownloadTest {
    private final SandboxClock.Manual clock = SandboxClock.manual(ItFixtures.START);
    private AcubeSandbox sandbox;
    private AcubeClient client;

    @BeforeEach
    void start() {
        sandbox = ItFixtures.sandbox(clock);
        client = ItFixtures.client(sandbox, new RecordingSleeper()).build();
        ItFixtures.register(client, ItFixtures.SELLER_NIP);
    }

    @AfterEach
    void stop() {
        ItFixtures.assertNoPostRepeated(sandbox.journal(), "/login");
        sandbox.close();
    }

    private SandboxInvoice stored(String uuid) {
        return sandbox.store().invoice(uuid).orElseThrow(() -> new AssertionError("the sandbox has no invoice " + uuid));
    }

    @Test
    void anInvoiceKsefAcceptedDownloadsVerifiedAgainstTheHashItsWebhookCarries() {
        byte[] xml = ItFixtures.xml(ItFixtures.invoice("FV/IT/D1"));
        String uuid = client.invoices().sendXml(xml).uuid();
        clock.advance(sandbox.ksefDelays().toDecision());
        SandboxInvoice accepted = stored(uuid);
        assertTrue(accepted.ksefReferenceNumber() != null, accepted::toString);

        VerifiedInvoice invoice = client.invoices().download(uuid, accepted.invoiceHash());

        assertArrayEquals(xml, invoice.xml(), "the bytes sent are the bytes KSeF holds");
        assertEquals(accepted.invoiceHash(), invoice.hash());
        assertEquals("FA(3)", invoice.document().format().name());
        assertEquals("FV/IT/D1", invoice.document().toModel(io.github.acubepl.model.fa3.Faktura.class).getFa().getP_2());
        assertEquals(invoice.hash(), client.invoices().download(uuid).hash(), "the record carries the same hash");
    }

    @Test
    void anInvoiceNotYetInKsefHasNoHashAndIsNotDownloaded() {
        String uuid = client.invoices().sendXml(ItFixtures.xml(ItFixtures.invoice("FV/IT/D3"))).uuid();

        InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class,
                () -> client.invoices().download(uuid));

        assertEquals(Reason.HASH_ABSENT, e.reason());
        assertEquals(1, sandbox.journal().count("GET", "/invoices/" + uuid), "the record only, not the XML");
    }

    @Test
    void aHashTheServedBytesDoNotMatchIsRefusedWithTheHashReason() throws Exception {
        byte[] xml = ItFixtures.xml(ItFixtures.invoice("FV/IT/D2"));
        String uuid = client.invoices().sendXml(xml).uuid();
        clock.advance(sandbox.ksefDelays().toDecision());
        byte[] altered = xml.clone();
        altered[altered.length - 2] ^= 1;
        String otherHash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(altered));

        InvoiceVerificationException e = assertThrows(InvoiceVerificationException.class,
                () -> client.invoices().download(uuid, otherHash));

        assertEquals(Reason.HASH_MISMATCH, e.reason());
        assertEquals(stored(uuid).invoiceHash(), e.actualHash().orElseThrow());
        assertTrue(e.getMessage().contains("hash mismatch"), e.getMessage());
        assertEquals(1, sandbox.journal().count("GET", "/invoices/" + uuid), "a mismatch is not retried");
    }
}
