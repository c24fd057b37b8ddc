package io.github.acubepl.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.it.ItFixtures.RecordingSleeper;
import io.github.acubepl.model.fa3.Faktura;
import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxClock;
import io.github.acubepl.transport.AcubeClient;
import io.github.acubepl.transport.Invoice;
import io.github.acubepl.transport.InvoiceQuery;
import io.github.acubepl.core.InvoiceStatus;
import io.github.acubepl.transport.ProcessingCode;
import io.github.acubepl.transport.SentInvoice;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * KSeF's duplicate rule end to end: the platform takes the same invoice twice (201 both times);
 * the simulated KSeF accepts the first and rejects the second with processing code 440.
 */
class DuplicateInvoiceTest {
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
        sandbox.close();
    }

    @Test
    void theSameInvoiceSentTwiceIsAcceptedTwiceThenTheSecondIsInvalid440() {
        Faktura invoice = ItFixtures.invoice("FV/IT/D1");
        SentInvoice first = client.invoices().send(invoice);
        SentInvoice second = client.invoices().send(invoice);
        assertEquals(201, first.httpStatus());
        assertEquals(201, second.httpStatus());
        assertNotEquals(first.uuid(), second.uuid());
        List<String> hashes = sandbox.journal().entries("POST", "/invoices").stream().map(e -> e.bodySha256())
                .collect(Collectors.toList());
        assertEquals(hashes.get(0), hashes.get(1), "the very same body, twice, on purpose");

        clock.advance(sandbox.ksefDelays().total());

        Invoice valid = client.invoices().get(first.uuid());
        assertEquals(InvoiceStatus.VALID, valid.status());
        assertEquals(ProcessingCode.of(200), valid.processingCode());
        assertTrue(valid.acceptedByKsef());

        Invoice duplicate = client.invoices().get(second.uuid());
        assertEquals(InvoiceStatus.INVALID, duplicate.status());
        assertEquals(ProcessingCode.of(440), duplicate.processingCode());
        assertEquals(Optional.of("duplicate invoice"), duplicate.processingCode().meaning());
        assertTrue(duplicate.processingCode().isError());
        assertNull(duplicate.ksefReferenceNumber());
        assertFalse(duplicate.acceptedByKsef());
        assertEquals(Optional.empty(), client.invoices().upo(second.uuid()), "no UPO for a rejected invoice");
        assertTrue(client.invoices().upo(first.uuid()).isPresent());

        assertEquals(List.of(second.uuid()), client.invoices()
                .list(InvoiceQuery.builder().status(InvoiceStatus.INVALID).build()).stream().map(Invoice::uuid)
                .collect(Collectors.toList()));
    }

    @Test
    void anInvoiceSentAgainAfterTheFirstIsValidIsInvalid440AsXmlToo() {
        Faktura invoice = ItFixtures.invoice("FV/IT/D2");
        SentInvoice first = client.invoices().send(invoice);
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(InvoiceStatus.VALID, client.invoices().get(first.uuid()).status());

        SentInvoice again = client.invoices().sendXml(ItFixtures.xml(invoice));
        assertEquals(201, again.httpStatus());
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(ProcessingCode.of(440), client.invoices().get(again.uuid()).processingCode());
        assertEquals(InvoiceStatus.INVALID, client.invoices().get(again.uuid()).status());
    }

    @Test
    void anotherNumberIsNoDuplicate() {
        SentInvoice first = client.invoices().send(ItFixtures.invoice("FV/IT/D3"));
        SentInvoice other = client.invoices().send(ItFixtures.invoice("FV/IT/D4"));
        clock.advance(sandbox.ksefDelays().total());
        assertEquals(InvoiceStatus.VALID, client.invoices().get(first.uuid()).status());
        assertEquals(InvoiceStatus.VALID, client.invoices().get(other.uuid()).status());
    }
}
