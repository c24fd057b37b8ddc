package io.github.acubepl.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One mapper is shared by the threads of a server: the validate path keeps per-run state (the
 * issues, the rules' once-per-run facts, the tree's text) per call, so that threads validating at
 * the same moment get exactly the reports one thread gets (issue 11, "two threads on the shared
 * mapper").
 */
class ConcurrentValidationTest {
    private static final int ROUNDS = 25;

    @Test
    void twoThreadsValidatingOnOneSharedMapperGetTheReportsOneThreadGets() throws Exception {
        InvoiceMapper mapper = InvoiceMapper.builder()
                .context(ValidationContext.builder()
                        .clock(Clock.fixed(Instant.parse("2031-03-14T09:26:53Z"), ZoneOffset.UTC))
                        .build())
                .build();
        List<byte[]> documents = new ArrayList<>();
        for (int version : new int[] {1, 3}) {
            for (Path sample : KsefFiles.samples(version)) {
                byte[] xml = read(sample);
                documents.add(xml);
                // The same invoice with a broken amount: reports with issues, invalid values marked.
                String text = new String(xml, StandardCharsets.UTF_8);
                String broken = text.replaceFirst("<P_15>[^<]*</P_15>", "<P_15>12,x</P_15>");
                if (!broken.equals(text)) {
                    documents.add(broken.getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        List<String> expected = new ArrayList<>();
        for (byte[] d : documents) {
            expected.add(mapper.validate(d).issues().toString());
        }
        assertFalse(expected.stream().allMatch(r -> r.equals("[]")), "some documents must have issues");

        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                boolean reversed = t == 1;
                results.add(pool.submit(() -> {
                    start.await();
                    List<String> mismatches = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < documents.size(); i++) {
                            int k = reversed ? documents.size() - 1 - i : i;
                            String got = mapper.validate(documents.get(k)).issues().toString();
                            if (!got.equals(expected.get(k))) {
                                mismatches.add("document " + k + ": " + got);
                            }
                        }
                    }
                    return mismatches;
                }));
            }
            for (Future<List<String>> r : results) {
                // A generous deadline that only guards against a hang; no timing is asserted.
                assertEquals(List.of(), r.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
