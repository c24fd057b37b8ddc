package io.github.acubepl.mapping.internal.io;

import java.util.ArrayList;
import java.util.List;

/** Facts about the raw XML bytes that KSeF's technical checks look at (rule FA-TECH-001). */
public final class SourceFacts {
    private final long size;
    private final boolean byteOrderMark;
    private String declaredEncoding;
    private final List<String> processingInstructions = new ArrayList<>();

    public SourceFacts(long size, boolean byteOrderMark) {
        this.size = size;
        this.byteOrderMark = byteOrderMark;
    }

    /** Size of the raw input in bytes. */
    public long size() {
        return size;
    }

    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The encoding named in the XML declaration, or {@code null}. */
    public String declaredEncoding() {
        return declaredEncoding;
    }

    void declaredEncoding(String encoding) {
        this.declaredEncoding = encoding;
    }

    /** Targets of the processing instructions found (the XML declaration is not one). */
    public List<String> processingInstructions() {
        return processingInstructions;
    }
}
