/**
 * Plumbing shared by the receiving and the sending side (structured fields, signature base,
 * Ed25519, digests, URL normalisation, JDBC helpers, the logger). Not exported: nothing here is
 * API, and any of it may change in any release.
 */
@NullMarked
package io.github.acubepl.webhook.internal;

import org.jspecify.annotations.NullMarked;
