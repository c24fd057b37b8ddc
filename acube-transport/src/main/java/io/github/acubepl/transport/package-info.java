/** The A-Cube API PL client. */
@NullMarked
package io.github.acubepl.transport;

import org.jspecify.annotations.NullMarked;
