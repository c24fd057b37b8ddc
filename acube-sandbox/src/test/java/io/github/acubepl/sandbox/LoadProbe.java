package io.github.acubepl.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: a sandbox to measure from outside, for the memory figures of issue 7 ("parallel
 * large bodies exhaust memory"). Starts a sandbox on the system clock with the default limits,
 * logs in, registers the seller of the example invoice, prints {@code BASE=…} and
 * {@code TOKEN=…}, then serves until its standard input ends. It can also write a large example
 * invoice ({@code write-invoice FILE BYTES}). The measuring script is in the module's
 * {@code src/test/load-probe.sh}.
 */
final class LoadProbe {
    private LoadProbe() {
    }

    /**
     * {@code serve} or {@code write-invoice FILE BYTES}.
     *
     * @param args the mode and its arguments
     * @throws IOException if standard input or the file fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("write-invoice")) {
            writeInvoice(Path.of(args[1]), Long.parseLong(args[2]));
            return;
        }
        try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(SandboxClock.system()).build().start()) {
            Client client = new Client(sandbox).login(sandbox.user());
            Fixtures.register(client, Fixtures.SELLER_NIP);
            System.out.println("BASE=" + sandbox.baseUri());
            System.out.println("TOKEN=" + client.token());
            System.out.flush();
            InputStream in = System.in;
            while (in.read() >= 0) {
                // serve until standard input ends
            }
        }
    }

    /** The example invoice with enough lines to weigh about {@code bytes} bytes (its totals then disagree: a 422). */
    private static void writeInvoice(Path file, long bytes) throws IOException {
        var invoice = Fixtures.invoice("LOAD/1");
        var fa = (com.fasterxml.jackson.databind.node.ObjectNode) invoice.get("Fa");
        var lines = (com.fasterxml.jackson.databind.node.ArrayNode) fa.get("FaWiersz");
        var template = lines.get(0);
        String description = "Konsultacje wdrożeniowe ".repeat(10);
        long size = Fixtures.bytes(invoice).length;
        int n = lines.size();
        while (size < bytes) {
            var line = template.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) line).put("NrWierszaFa", ++n);
            ((com.fasterxml.jackson.databind.node.ObjectNode) line).put("P_7", description);
            lines.add(line);
            size += line.toString().getBytes(StandardCharsets.UTF_8).length + 1;
        }
        Files.write(file, Fixtures.bytes(invoice));
    }
}
