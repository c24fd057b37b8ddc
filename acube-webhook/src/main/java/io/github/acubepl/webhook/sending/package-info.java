/**
 * Sending A-Cube webhooks: the simulator's side. TODO
 */
@NullMarked
package io.github.acubepl.webhook.sending;

import org.jspecify.annotations.NullMarked;
