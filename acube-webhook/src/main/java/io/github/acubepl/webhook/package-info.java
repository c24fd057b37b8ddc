/** Receiving and sending A-Cube webhooks. */
@NullMarked
package io.github.acubepl.webhook;

import org.jspecify.annotations.NullMarked;
