/**
 * The A-Cube API PL client: send FA invoices to KSeF through A-Cube, follow their status, and
 * manage the legal entities, KSeF tokens and webhook subscriptions around them.
 *
 * <p>Start with these types:
 * <ul>
 *   <li>{@link io.github.acubepl.transport.AcubeClient}: built once per environment and account,
 *       thread-safe; its resources are {@code legalEntities()}, {@code ksefTokens()},
 *       {@code webhooks()} and {@code invoices()};</li>
 *   <li>{@link io.github.acubepl.transport.Environment}: {@code SANDBOX}, {@code PRODUCTION}, or
 *       {@code custom(commonUrl, plUrl)} for the local simulator;</li>
 *   <li>{@link io.github.acubepl.transport.Credentials}: the account's email and password (login is
 *       implicit and the token reused for its lifetime);</li>
 *   <li>{@link io.github.acubepl.transport.TokenStore}: where tokens are kept, so that clients and
 *       processes log in once between them;</li>
 *   <li>{@link io.github.acubepl.transport.Invoices}: send (model, A-Cube JSON or FA XML), validate,
 *       list (sales and purchase invoices, {@link io.github.acubepl.transport.InvoiceQuery}), get,
 *       download the FA XML checked against KSeF's hash
 *       ({@link io.github.acubepl.transport.VerifiedInvoice}), UPO and attachments.</li>
 * </ul>
 *
 * <pre>{@code
 * AcubeClient client = AcubeClient.builder()
 *         .environment(environment)
 *         .credentials(Credentials.of(email, password))
 *         .tokenStore(TokenStore.file(tokenFolder))
 *         .build();
 * SentInvoice sent = client.invoices().sendXml(Files.readAllBytes(invoiceXml));
 * Invoice invoice = client.invoices().get(sent.uuid());
 * System.out.println(invoice.status());
 * }</pre>
 *
 * <p>Errors are unchecked and rooted at {@link io.github.acubepl.transport.AcubeException}; retries
 * follow a {@link io.github.acubepl.transport.RetryPolicy}; an
 * {@link io.github.acubepl.transport.Interceptor} sees every HTTP attempt (tracing, metrics,
 * headers). The HTTP contract the client speaks is described in {@code docs/api-contract.md}.
 * Everything in {@code io.github.acubepl.transport.internal} is implementation and not exported.
 */
@NullMarked
package io.github.acubepl.transport;

import org.jspecify.annotations.NullMarked;
