/**
 * Plumbing of the renderer: reading the FA XML element tree version-neutrally, the view model (the
 * sections of the official layout with label/value rows and tables, free of any output format), the
 * PL/EN label table, the QR module grid and the HTML writer. Not exported: nothing here is API, and
 * any of it may change in any release.
 */
@NullMarked
package io.github.acubepl.render.internal;

import org.jspecify.annotations.NullMarked;
