package dev.gatehouse.bootstrap.security;

import dev.gatehouse.bootstrap.app.TestHttpClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * The same request many times at once, as a burst from a script would arrive: one thread per
 * request, all held at a latch until every one is ready, then released together. Each request
 * goes over real HTTP to the whole app; what came back is summed up by status.
 */
final class Burst {

    private static final long TIMEOUT_SECONDS = 90;

    private Burst() {
    }

    /** Sends {@code request.apply(i)} for i = 0..times-1 at once; an exception in one is recorded, not thrown. */
    static Outcome of(int times, IntFunction<Reply> request) {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        CountDownLatch ready = new CountDownLatch(times);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Reply>> pending = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int index = i;
                pending.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Future<Reply> reply : pending) {
                try {
                    replies.add(reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    // A reply the OpenAPI check refused, or no reply at all: a finding, not a crash of the burst.
                    failures.add(String.valueOf(e.getCause()));
                } catch (TimeoutException e) {
                    failures.add("no answer within " + TIMEOUT_SECONDS + " s");
                }
            }
            return new Outcome(replies, failures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** What a burst got back: every reply, and every request that got none (or one the contract refused). */
    record Outcome(List<Reply> replies, List<String> failures) {

        /** How many replies had each status, e.g. {@code {201=1, 401=11}}. */
        Map<Integer, Long> byStatus() {
            return replies.stream().collect(Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting()));
        }

        long count(int status) {
            return replies.stream().filter(reply -> reply.status() == status).count();
        }

        List<Reply> withStatus(int status) {
            return replies.stream().filter(reply -> reply.status() == status).toList();
        }

        /**
         * Replies no burst may produce, as "status body" lines: any 5xx except a 503 that says
         * when to come back, a 429 that does not, and requests that got no conforming answer.
         */
        List<String> serverErrors() {
            List<String> errors = new ArrayList<>(failures);
            replies.stream()
                    .filter(reply -> reply.status() >= 500 && !(reply.status() == 503 && retryAfterGiven(reply))
                            || reply.status() == 429 && !retryAfterGiven(reply))
                    .map(reply -> reply.status() + " " + reply.body())
                    .forEach(errors::add);
            return errors;
        }

        /** The replies' statuses other than {@code allowed}: what the burst should not have answered. */
        Map<Integer, Long> statusesOtherThan(Integer... allowed) {
            Map<Integer, Long> others = new TreeMap<>(byStatus());
            for (Integer status : allowed) {
                others.remove(status);
            }
            return others;
        }

        @Override
        public String toString() {
            return byStatus() + (failures.isEmpty() ? "" : " failures " + failures);
        }

        private static boolean retryAfterGiven(Reply reply) {
            String retryAfter = reply.header("Retry-After");
            return retryAfter != null && !retryAfter.isBlank();
        }
    }
}
