/**
 * A local, offline simulator of the A-Cube API PL with a simulated KSeF, on {@code http://127.0.0.1:N}:
 * the real HTTP peer for integration tests and demos. It serves {@code docs/api-contract.md}.
 *
 * <p>Start with these:
 * <ul>
 *   <li>{@link io.github.acubepl.sandbox.AcubeSandbox}: build, start, point the client under test at
 *       its {@code baseUri()} and log in as its {@code user()}; and
 *       {@link io.github.acubepl.sandbox.SandboxClock}: on a manual clock the simulated KSeF moves an
 *       invoice on ({@code in_queue}, {@code processing}, {@code valid}) only when the test advances it.
 * <pre>{@code
 * SandboxClock.Manual clock = SandboxClock.manual(Instant.parse("2031-03-14T09:26:53Z"));
 * try (AcubeSandbox sandbox = AcubeSandbox.builder().clock(clock).build().start()) {
 *     URI baseUri = sandbox.baseUri();   // http://127.0.0.1:N, the common and the PL API on one port
 *     SandboxUser user = sandbox.user(); // sandbox@example.com / sandbox-password
 *     // ... point the client under test at baseUri, log in as user, send invoices ...
 *     clock.advance(sandbox.ksefDelays().total()); // in_queue -> processing -> valid, UPO ready
 * }
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.sandbox.Faults}: a status, a delay or a dropped connection on the
 *       next requests that match a method and a path glob.
 * <pre>{@code
 * sandbox.faults().on("POST", "/invoices").dropAfterHandling(); // handled, but the client gets no answer
 * sandbox.faults().on("GET", "/invoices/*").times(2).serviceUnavailable(Duration.ofSeconds(1));
 * sandbox.faults().onAnyMethod("/webhooks/**").always().respond(500);
 * sandbox.faults().on("GET", "/legal-entities").delay(Duration.ofMillis(300));
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.sandbox.Journal} (every request received) and
 *       {@link io.github.acubepl.sandbox.SandboxStore} (the legal entities and invoices held), for
 *       assertions.
 * <pre>{@code
 * assertEquals(1, sandbox.journal().count("POST", "/invoices"));
 * SandboxInvoice invoice = sandbox.store().invoices().get(0);
 * clock.advance(sandbox.ksefDelays().total());
 * assertEquals(SandboxInvoice.Status.VALID, sandbox.store().invoice(invoice.uuid()).orElseThrow().status());
 * }</pre>
 *   </li>
 *   <li>{@link io.github.acubepl.sandbox.InvoiceChangeListener}: each
 *       {@link io.github.acubepl.sandbox.InvoiceChange} of an invoice as it happens (the sandbox's
 *       own record; a webhook receiver gets the webhook module's {@code InvoiceEvent} instead).
 * <pre>{@code
 * List<InvoiceChange> changes = new CopyOnWriteArrayList<>();
 * sandbox.addInvoiceChangeListener(changes::add); // called in order, after each change is visible
 * }</pre>
 *   </li>
 * </ul>
 *
 * <p>The other types are values these hand out: {@link io.github.acubepl.sandbox.SandboxUser},
 * {@link io.github.acubepl.sandbox.KsefDelays}, {@link io.github.acubepl.sandbox.JournalEntry},
 * {@link io.github.acubepl.sandbox.SandboxInvoice}, {@link io.github.acubepl.sandbox.SandboxLegalEntity}.
 */
@NullMarked
package io.github.acubepl.sandbox;

import org.jspecify.annotations.NullMarked;
