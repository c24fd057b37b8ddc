package io.github.acubepl.mapping;

/**
 * Bounds on what a reader accepts, so that hostile or accidental input cannot exhaust memory.
 *
 * @param maxBytes the largest input accepted, in bytes
 * @param maxDepth the deepest element or JSON nesting accepted (FA invoices need about 10)
 */
public record ReadLimits(long maxBytes, int maxDepth) {
    /** 16 MiB: room for a 10,000-line invoice; KSeF itself takes at most 1 MB (3 MB with attachments). */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_MAX_DEPTH = 64;

    public ReadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxDepth <= 0) {
            throw new IllegalArgumentException("maxDepth must be positive: " + maxDepth);
        }
    }

    /** The defaults: {@value #DEFAULT_MAX_BYTES} bytes, depth {@value #DEFAULT_MAX_DEPTH}. */
    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }
}
