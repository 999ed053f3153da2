package io.wenliu.stack;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Blocks until SIGINT or SIGTERM, so the launcher can stop its processes (and log it) before the JVM's own
 * shutdown starts; the shutdown hook of {@link ProcessReaper} stays the safety net.
 */
final class ShutdownSignal {

    private ShutdownSignal() {}

    /** Returns the name of the signal that arrived. */
    static String await() throws InterruptedException {
        CountDownLatch latch = new CountDownLatch(1);
        String[] received = new String[1];
        for (String name : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(name), signal -> {
                received[0] = "SIG" + signal.getName();
                latch.countDown();
            });
        }
        latch.await();
        return received[0];
    }
}
