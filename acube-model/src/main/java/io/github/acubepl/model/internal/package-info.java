/** JAXB adapters for {@code java.time}; not part of the API. */
@NullMarked
package io.github.acubepl.model.internal;

import org.jspecify.annotations.NullMarked;
