package io.wenliu.search.index;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Tracks bulk writes in flight so an index can be deleted only once no write that read the old write targets can
 * still reach it (OpenSearch would otherwise re-create a deleted index on the next write to it).
 */
@Singleton
public class InFlightWrites {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    /** One write that reads its target indices and sends to them. */
    @FunctionalInterface
    public interface Write<T> {
        T run() throws IOException;
    }

    /** Runs {@code write}; writes run concurrently with each other, never across {@link #awaitIdle()}. */
    public <T> T run(Write<T> write) throws IOException {
        lock.readLock().lock();
        try {
            return write.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Returns once every write that started before this call has finished. */
    public void awaitIdle() {
        lock.writeLock().lock();
        lock.writeLock().unlock();
    }
}
