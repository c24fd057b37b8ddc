/** The machinery of the test kit; not part of the API and subject to change without notice. */
@NullMarked
package io.github.acubepl.testkit.internal;

import org.jspecify.annotations.NullMarked;
