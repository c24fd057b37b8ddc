/** The hardened JDK XML set-up shared with acube-render and acube-testkit; not part of the API. */
package io.github.acubepl.mapping.internal.xml;
