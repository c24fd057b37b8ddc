/**
 * The A-Cube API PL client. Start at {@link io.github.acubepl.transport.AcubeClient#builder()}.
 *
 * <p>Public types: the client and its resources ({@code LegalEntities}, {@code KsefTokens},
 * {@code Webhooks}, {@code Invoices}), configuration values ({@code Environment},
 * {@code Credentials}, {@code RetryPolicy}, {@code Endpoints}), extension points
 * ({@code TokenStore}, {@code Sleeper}), read models (records and open value types) and the
 * exception family rooted at {@code AcubeException}. Everything else is package-private.
 */
@NullMarked
package io.github.acubepl.transport;

import org.jspecify.annotations.NullMarked;
