package io.github.acubepl.mapping.internal.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Facts about the raw input bytes that the technical checks look at (rule FA-TECH-001): KSeF's
 * for XML, and for JSON the encoding A-Cube's platform expects.
 */
public final class SourceFacts {
    private final long size;
    private final boolean byteOrderMark;
    private final Encoding encoding;
    private final long xmlSize;
    private String declaredEncoding;
    private final List<String> processingInstructions = new ArrayList<>();

    public SourceFacts(long size, boolean byteOrderMark) {
        this(size, byteOrderMark, Encoding.UTF_8);
    }

    private SourceFacts(long size, boolean byteOrderMark, Encoding encoding) {
        this(size, byteOrderMark, encoding, -1);
    }

    private SourceFacts(long size, boolean byteOrderMark, Encoding encoding, long xmlSize) {
        this.size = size;
        this.byteOrderMark = byteOrderMark;
        this.encoding = encoding;
        this.xmlSize = xmlSize;
    }

    /** The facts of a document that was not read from bytes (built from a model). */
    public static SourceFacts none() {
        return new SourceFacts(0, false, Encoding.UTF_8);
    }

    /**
     * These facts, plus the size of the FA XML a document read from JSON (or built from a model)
     * becomes: that is the file KSeF receives and measures.
     */
    public SourceFacts withXmlSize(long bytes) {
        SourceFacts copy = new SourceFacts(size, byteOrderMark, encoding, bytes);
        copy.declaredEncoding = declaredEncoding;
        copy.processingInstructions.addAll(processingInstructions);
        return copy;
    }

    /** The size of the FA XML the document becomes, or -1 when unknown or when the input was XML. */
    public long xmlSize() {
        return xmlSize;
    }

    /** The facts of raw input: its size, byte order mark and encoding as its first bytes tell. */
    public static SourceFacts of(byte[] input) {
        Encoding.Detected detected = Encoding.detect(input);
        return new SourceFacts(input.length, detected.hasByteOrderMark(), detected.encoding());
    }

    /** The encoding the first bytes show (UTF-8 unless a byte order mark or zero bytes say otherwise). */
    public Encoding encoding() {
        return encoding;
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
