package io.github.acubepl.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a chunked request body (RFC 9112, 7.1) as its bytes arrive. The room for each chunk is
 * reserved in the body's {@link BodyBudget.Reservation} and allocated when its size line arrives,
 * by its declared size; small chunks share segments of {@value #SEGMENT} bytes, so a body sent in
 * one-byte chunks costs what its bytes cost, not an array per byte. No more than the body limit is
 * ever allocated for the segments, and no more than the body limit again for the body assembled
 * from them: a chunked body takes at most twice the body limit, which is why the budget must hold
 * at least that much. Chunk extensions and trailer fields are read and ignored. Not thread-safe
 * (one connection's).
 */
final class ChunkedBody {
    private static final int MAX_SIZE_LINE = 1024;
    /** The smallest segment allocated (unless the body limit leaves less room). */
    static final int SEGMENT = 64 * 1024;

    private enum State { SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER, TRAILER_LF, DONE }

    private final long maxBodyBytes;
    private final int maxTrailerBytes;
    private final BodyBudget.Reservation reservation;
    private final List<byte[]> segments = new ArrayList<>();
    private State state = State.SIZE;
    private long size;
    private int sizeDigits;
    private int lineBytes;
    private int trailerBytes;
    private int writeSegment;
    private int writeFill;
    private long chunkLeft;
    private long total;
    /** The bytes of the segments (all reserved in {@link #reservation}). */
    private long allocated;

    /**
     * @param reservation the body's share of the budget, grown here as segments are allocated; its
     *     owner gives it back
     */
    ChunkedBody(long maxBodyBytes, int maxTrailerBytes, BodyBudget.Reservation reservation) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxTrailerBytes = maxTrailerBytes;
        this.reservation = reservation;
    }

    /**
     * Consumes bytes of {@code b[from, to)} up to the end of the body.
     *
     * @return the number of bytes consumed (less than offered only once the body is complete)
     * @throws ApiException 400 (malformed), 413 (over the limit), 431 (trailer too large) or 503
     *     (the budget is spent); an {@link OutOfMemoryError} goes on to the connection, which
     *     answers 503 as well
     */
    int feed(byte[] b, int from, int to) {
        int i = from;
        while (i < to && state != State.DONE) {
            byte c = b[i];
            switch (state) {
                case SIZE:
                    i++;
                    if (++lineBytes > MAX_SIZE_LINE) {
                        throw malformed();
                    }
                    int d = Character.digit((char) (c & 0xFF), 16);
                    if (d >= 0 && c < 0x80) {
                        sizeDigits++;
                        size = size * 16 + d;
                        if (total + size > maxBodyBytes) {
                            throw RequestHead.tooLarge(maxBodyBytes);
                        }
                    } else if (sizeDigits == 0) {
                        throw malformed();
                    } else if (c == ';' || c == ' ' || c == '\t') {
                        state = State.EXTENSION;
                    } else if (c == '\r') {
                        state = State.SIZE_LF;
                    } else if (c == '\n') {
                        sizeLineDone();
                    } else {
                        throw malformed();
                    }
                    break;
                case EXTENSION:
                    i++;
                    if (++lineBytes > MAX_SIZE_LINE) {
                        throw malformed();
                    }
                    if (c == '\n') {
                        sizeLineDone();
                    } else if (c < 0x20 && c != '\t' && c != '\r' || c == 0x7F) {
                        throw malformed();
                    }
                    break;
                case SIZE_LF:
                    i++;
                    if (c != '\n') {
                        throw malformed();
                    }
                    sizeLineDone();
                    break;
                case DATA:
                    byte[] segment = segments.get(writeSegment);
                    if (writeFill == segment.length) {
                        writeSegment++;
                        writeFill = 0;
                        break;
                    }
                    int n = (int) Math.min(Math.min(to - i, chunkLeft), segment.length - writeFill);
                    System.arraycopy(b, i, segment, writeFill, n);
                    writeFill += n;
                    chunkLeft -= n;
                    total += n;
                    i += n;
                    if (chunkLeft == 0) {
                        state = State.DATA_CR;
                    }
                    break;
                case DATA_CR:
                    i++;
                    if (c == '\r') {
                        state = State.DATA_LF;
                    } else if (c == '\n') {
                        nextChunk();
                    } else {
                        throw malformed();
                    }
                    break;
                case DATA_LF:
                    i++;
                    if (c != '\n') {
                        throw malformed();
                    }
                    nextChunk();
                    break;
                case TRAILER:
                    i++;
                    if (++trailerBytes > maxTrailerBytes) {
                        throw new ApiException(ApiException.problem(431, "The trailer of the chunked body exceeds the limit of "
                                + maxTrailerBytes + " bytes."));
                    }
                    if (c == '\n') {
                        if (lineBytes == 0) {
                            state = State.DONE;
                        }
                        lineBytes = 0;
                    } else if (c == '\r') {
                        state = State.TRAILER_LF;
                    } else {
                        lineBytes++;
                    }
                    break;
                case TRAILER_LF:
                    i++;
                    trailerBytes++;
                    if (c != '\n') {
                        throw malformed();
                    }
                    state = lineBytes == 0 ? State.DONE : State.TRAILER;
                    lineBytes = 0;
                    break;
                default:
                    throw new IllegalStateException(state.name());
            }
        }
        return i - from;
    }

    private void sizeLineDone() {
        if (size == 0) {
            state = State.TRAILER;
            lineBytes = 0;
            return;
        }
        long missing = total + size - allocated;
        if (missing > 0) {
            // a segment for the rest of this chunk, at least SEGMENT bytes, never past the body limit
            long room = Math.max(missing, Math.min(SEGMENT, maxBodyBytes - allocated));
            segments.add(reservation.allocate((int) room));
            allocated += room;
        }
        chunkLeft = size;
        state = State.DATA;
    }

    private void nextChunk() {
        state = State.SIZE;
        size = 0;
        sizeDigits = 0;
        lineBytes = 0;
    }

    boolean done() {
        return state == State.DONE;
    }

    /** The body bytes received so far. */
    long received() {
        return total;
    }

    /**
     * The whole body, once {@link #done()}: a single segment that it fills exactly as it is, else
     * copied into one array of its size (reserved first; then the segments' bytes are given back).
     *
     * @throws ApiException 503 if the budget cannot hold the copy (an {@link OutOfMemoryError} goes on)
     */
    byte[] body() {
        if (state != State.DONE) {
            throw new IllegalStateException("the chunked body is not complete");
        }
        if (segments.size() == 1 && segments.get(0).length == total) {
            return segments.get(0);
        }
        byte[] all = reservation.allocate((int) total);
        int at = 0;
        for (byte[] segment : segments) {
            int n = (int) Math.min(segment.length, total - at);
            System.arraycopy(segment, 0, all, at, n);
            at += n;
        }
        segments.clear();
        reservation.giveBack(allocated);
        allocated = 0;
        return all;
    }

    private static ApiException malformed() {
        return ApiException.badRequest("The chunked request body is malformed.");
    }
}
