package io.github.acubepl.cli;

import io.github.acubepl.sandbox.AcubeSandbox;
import io.github.acubepl.sandbox.SandboxInvoice;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code acube sandbox --incoming DIR}: every FA file dropped into DIR arrives once as a supplier's
 * invoice ({@link AcubeSandbox#receiveFromSupplier}). Each {@link #poll()} looks at the folder's entries:
 * a file is taken when its name ends {@code .xml} (any case) and does not start with a dot, it is a
 * regular file (never through a symbolic link), and its size and modification time are the same as at
 * the previous poll (so a file still being written waits; writing under another name and renaming into
 * place is the sure way). A name is taken once per run, whatever happens to the file later (rewritten,
 * removed and dropped again): another invoice needs another name. What cannot be taken (unreadable,
 * too big, not a regular file, not an invoice, no registered buyer) is reported once on standard error
 * and skipped; nothing here ends the simulator. Thread-safe: polls are serialised.
 */
final class IncomingFolder implements AutoCloseable {
    /** The real command's interval between polls. */
    static final long POLL_MILLIS = 1000;
    /** The most entries one poll looks at (a folder flooded with files costs bounded work per poll). */
    static final int MAX_ENTRIES_PER_POLL = 10_000;

    private final Path dir;
    private final AcubeSandbox sandbox;
    private final Terminal terminal;
    private final long maxBytes;
    /** What each candidate looked like at the previous poll. */
    private final Map<String, Seen> pending = new HashMap<>();
    /** Names taken or reported: never looked at again. */
    private final Set<String> done = new HashSet<>();
    private boolean folderProblemReported;
    private ScheduledExecutorService scheduler;

    private record Seen(long size, FileTime modified, Object fileKey) {
    }

    /**
     * @param dir the folder (must exist)
     * @param sandbox the started simulator
     * @param terminal where arrivals (standard output) and problems (standard error) are reported
     * @param maxBytes the largest file taken (the simulator's body limit)
     */
    IncomingFolder(Path dir, AcubeSandbox sandbox, Terminal terminal, long maxBytes) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.maxBytes = maxBytes;
    }

    /** Polls every {@link #POLL_MILLIS} ms on a daemon thread of its own until {@link #close()}. */
    synchronized IncomingFolder start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "acube-sandbox-incoming");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            // never let one bad poll stop the next ones
            terminal.complain("incoming: " + SafeText.escape(String.valueOf(e.getMessage())));
        }
    }

    /** Looks at the folder once: takes the files that became stable since the previous poll. */
    synchronized void poll() {
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            int n = 0;
            for (Path entry : entries) {
                if (++n > MAX_ENTRIES_PER_POLL) {
                    break;
                }
                String name = entry.getFileName().toString();
                present.add(name);
                if (!done.contains(name) && isCandidate(name)) {
                    look(entry, name);
                }
            }
            folderProblemReported = false;
        } catch (IOException | RuntimeException e) {
            if (!folderProblemReported) {
                folderProblemReported = true;
                terminal.complain("incoming: cannot list the folder " + SafeText.escape(dir.toString()) + ": "
                        + (e instanceof IOException io ? Problems.describe(io) : SafeText.escape(String.valueOf(e
                                .getMessage()))) + " (reported once; tried again every poll)");
            }
            return;
        }
        pending.keySet().retainAll(present); // a file that went away before it was taken starts over
    }

    /** Whether a name is one this folder takes: {@code *.xml}, not a dot-file (a file being written). */
    static boolean isCandidate(String name) {
        return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private void look(Path file, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            skip(name, "cannot be read: " + Problems.describe(e));
            return;
        }
        if (!attributes.isRegularFile()) {
            skip(name, attributes.isSymbolicLink() ? "is a symbolic link (only regular files are taken)"
                    : attributes.isDirectory() ? "is a folder (only regular files are taken)"
                    : "is not a regular file (a device, pipe or socket; only regular files are taken)");
            return;
        }
        if (attributes.size() > maxBytes) {
            skip(name, "has " + attributes.size() + " bytes, more than the simulator's limit of " + maxBytes);
            return;
        }
        Seen now = new Seen(attributes.size(), attributes.lastModifiedTime(),
                attributes.fileKey() == null ? name : attributes.fileKey());
        Seen before = pending.put(name, now);
        if (!now.equals(before) || now.size() == 0) {
            return; // first seen, still changing, or still empty: look again at the next poll
        }
        pending.remove(name);
        byte[] xml;
        try {
            xml = read(file);
        } catch (IOException e) {
            skip(name, "cannot be read: " + Problems.describe(e));
            return;
        }
        if (xml == null) {
            skip(name, "grew beyond the simulator's limit of " + maxBytes + " bytes while it was read");
            return;
        }
        List<SandboxInvoice> received;
        try {
            received = sandbox.receiveFromSupplier(xml);
        } catch (IllegalArgumentException e) {
            skip(name, "was refused: " + SafeText.escape(SafeText.cut(String.valueOf(e.getMessage()),
                    SafeText.MAX_MESSAGE)));
            return;
        }
        done.add(name);
        for (SandboxInvoice i : received) {
            terminal.outText().println("incoming: " + SafeText.escape(name) + " -> invoice " + i.uuid() + " ("
                    + i.format() + ", KSeF " + i.ksefReferenceNumber() + ", seller " + i.sellerNip() + ") for buyer "
                    + i.buyerNip());
        }
        terminal.outText().flush();
    }

    /** The file's bytes, read without following a link and at most {@link #maxBytes}; {@code null} if longer. */
    private byte[] read(Path file) throws IOException {
        try (InputStream in = Channels.newInputStream(
                Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return bytes.length > maxBytes ? null : bytes;
        }
    }

    /** Reports a file once on standard error; it is not looked at again in this run. */
    private void skip(String name, String why) {
        done.add(name);
        pending.remove(name);
        terminal.complain("incoming: " + SafeText.escape(name) + " skipped: it " + why
                + " (reported once; copy it under a new name to try again)");
    }

    /** Stops polling (a poll under way finishes). */
    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
