package io.github.acubepl.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acubepl.transport.Fixtures.RecordingSleeper;
import io.github.acubepl.transport.StubServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Javadoc examples of this module (package-info.java, AcubeClient, Interceptor), copied here
 * verbatim and run against a stub on loopback, so that an example that no longer compiles or
 * works fails the build.
 */
class DocExamplesRunTest {

    @Test
    void thePackageAndClientExampleSendsAnInvoiceAndReadsItsStatus(@TempDir Path dir) throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("POST /invoices", r -> Reply.json(202, "{\"uuid\":\"inv-1\"}"));
            stub.route("GET /invoices/inv-1", r -> Reply.json(200, "{\"uuid\":\"inv-1\",\"status\":\"sent\","
                    + "\"processingCode\":150,\"acquisitionTimestamp\":\"2031-03-14 09:26:53\"}"));
            Environment environment = stub.environment();
            String email = Fixtures.EMAIL;
            String password = Fixtures.PASSWORD;
            Path tokenFolder = dir.resolve("tokens");
            Path invoiceXml = Files.writeString(dir.resolve("invoice.xml"), "<Faktura/>");
            PrintStream out = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                AcubeClient client = AcubeClient.builder()
                        .environment(environment)
                        .credentials(Credentials.of(email, password))
                        .tokenStore(TokenStore.file(tokenFolder))
                        .build();
                SentInvoice sent = client.invoices().sendXml(Files.readAllBytes(invoiceXml));
                Invoice invoice = client.invoices().get(sent.uuid());
                System.out.println(invoice.status());
            } finally {
                System.setOut(out);
            }
            assertEquals("sent", printed.toString(StandardCharsets.UTF_8).strip());
            assertEquals("<Faktura/>", stub.journal().get(1).bodyText());
            assertTrue(Files.list(tokenFolder).findAny().isPresent(), "the token was kept in the folder");
        }
    }

    @Test
    void theNewBuilderExampleMakesATracedCopy() throws Exception {
        try (StubServer stub = Fixtures.stubWithLogin()) {
            stub.route("GET /invoices/inv-1", r -> Reply.json(200, "{\"uuid\":\"inv-1\",\"status\":\"sent\"}"));
            AcubeClient client = Fixtures.client(stub, new RecordingSleeper()).build();
            AcubeClient traced = client.newBuilder()
                    .addInterceptor(chain -> chain.proceed(chain.request().withHeader("X-Trace", "on")))
                    .build();
            traced.invoices().get("inv-1");
            assertEquals("on", stub.journal().get(1).header("X-Trace"));
        }
    }
}
