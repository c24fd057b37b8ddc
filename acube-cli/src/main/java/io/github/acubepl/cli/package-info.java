/**
 * The {@code acube} command line. {@link io.github.acubepl.cli.AcubeCli} is the only public type;
 * the subcommands, report writers and helpers are package-private.
 */
@NullMarked
package io.github.acubepl.cli;

import org.jspecify.annotations.NullMarked;
