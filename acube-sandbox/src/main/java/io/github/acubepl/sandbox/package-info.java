/** A local simulator of the A-Cube API PL. */
@NullMarked
package io.github.acubepl.sandbox;

import org.jspecify.annotations.NullMarked;
