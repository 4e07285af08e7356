package com.gmall.rtdw.jobs.dim;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Resources shared by every task in a JVM (a TaskManager runs many), created on first use and
 * closed when the last user lets go. Thread-safe: the reference created its Redis pool lazily
 * without locking and could create several (defect L6), and gave every lookup operator its own
 * connection pool (L7).
 *
 * @param <K> what identifies a resource (its settings)
 * @param <R> the resource
 */
public final class JvmShared<K, R extends AutoCloseable> {
    private final Function<K, R> create;
    private final Map<K, Entry<R>> entries = new HashMap<>();

    public JvmShared(Function<K, R> create) {
        this.create = create;
    }

    /** The resource for {@code key}; close the handle when done with it. */
    public synchronized Handle<R> acquire(K key) {
        Entry<R> entry = entries.computeIfAbsent(key, k -> new Entry<>(create.apply(k)));
        entry.users++;
        return new Handle<>(entry.resource, () -> release(key));
    }

    /** Users of the resource for {@code key} now (0 once it is closed). */
    public synchronized int users(K key) {
        Entry<R> entry = entries.get(key);
        return entry == null ? 0 : entry.users;
    }

    private synchronized void release(K key) {
        Entry<R> entry = entries.get(key);
        if (entry != null && --entry.users == 0) {
            entries.remove(key);
            try {
                entry.resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + entry.resource, e);
            }
        }
    }

    private static final class Entry<R> {
        final R resource;
        int users;

        Entry(R resource) {
            this.resource = resource;
        }
    }

    /** One user's hold on a shared resource. */
    public static final class Handle<R> implements AutoCloseable {
        private final R resource;
        private Runnable release;

        Handle(R resource, Runnable release) {
            this.resource = resource;
            this.release = release;
        }

        public R get() {
            return resource;
        }

        /** Lets go; a second call does nothing. */
        @Override
        public synchronized void close() {
            if (release != null) {
                Runnable r = release;
                release = null;
                r.run();
            }
        }
    }
}
