/** Plumbing of the purchase-invoice module: not exported, no compatibility promise. */
@NullMarked
package io.github.acubepl.purchases.internal;

import org.jspecify.annotations.NullMarked;
