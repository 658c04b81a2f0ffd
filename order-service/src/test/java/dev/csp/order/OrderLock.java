package dev.csp.order;

import static org.awaitility.Awaitility.await;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Holds an order's row lock, as a long-running cancellation would, so requests sent meanwhile are truly in flight
 * at the same time: they queue on the lock until it is released.
 */
final class OrderLock implements AutoCloseable {

    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Future<?> holder;

    private OrderLock(String orderId) {
        holder = threads.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
            Panache.getEntityManager().createNativeQuery("select id from customer_order where id = :id for update")
                    .setParameter("id", UUID.fromString(orderId)).getResultList();
            held.countDown();
            awaitQuietly(release);
        }));
    }

    static OrderLock hold(String orderId) throws InterruptedException {
        OrderLock lock = new OrderLock(orderId);
        lock.held.await();
        return lock;
    }

    /** Runs the requests together while the lock is held, and answers what each got once it is released. */
    @SafeVarargs
    static <T> List<T> whileLocked(String orderId, int waiting, Callable<T>... requests) throws Exception {
        List<Future<T>> answers = new ArrayList<>();
        try (OrderLock lock = hold(orderId)) {
            for (Callable<T> request : requests) {
                answers.add(lock.start(request));
            }
            lock.awaitWaiting(waiting);
        }
        List<T> results = new ArrayList<>();
        for (Future<T> answer : answers) {
            results.add(answer.get());
        }
        return results;
    }

    <T> Future<T> start(Callable<T> request) {
        return threads.submit(request);
    }

    /** Until this many database sessions wait for a lock. */
    void awaitWaiting(int sessions) {
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> ((Number) Panache
                .getEntityManager().createNativeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and datname = current_database()")
                .getSingleResult()).intValue() >= sessions));
    }

    @Override
    public void close() throws Exception {
        release.countDown();
        holder.get();
        threads.shutdown();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
