package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * Restarts what exits while the stack runs (a service, Kafka, OpenSearch or PostgreSQL), as a container platform's
 * restart policy would: checked every second, restarted after a back-off that doubles from 1 s to 30 s while it keeps
 * failing and resets once it has stayed up for a minute; each restart logged and counted. Closed before the stack
 * stops its processes, so an intended stop is never undone.
 */
public final class Supervisor implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Supervisor.class.getName());

    static final Duration CHECK_INTERVAL = Duration.ofSeconds(1);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofMinutes(1);

    private final List<Unit> units = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    public Supervisor() {
        thread = new Thread(this::run, "stack-supervisor");
        thread.setDaemon(true);
        thread.start();
    }

    /** Watches {@code name}: when {@code alive} turns false, {@code restart} is run (it must start it again). */
    public void watch(String name, BooleanSupplier alive, Runnable restart) {
        units.add(new Unit(name, alive, restart));
    }

    /** Restarts so far, by name, in the order the units were watched. */
    public Map<String, Integer> restarts() {
        Map<String, Integer> restarts = new LinkedHashMap<>();
        units.forEach(unit -> restarts.put(unit.name, unit.restarts));
        return restarts;
    }

    /** A line for the banner and the logs: what is supervised, what was restarted. */
    public String status() {
        StringBuilder status =
                new StringBuilder("supervised ").append(units.size()).append(", restarted: ");
        List<String> restarted = units.stream()
                .filter(unit -> unit.restarts > 0)
                .map(unit -> unit.name + " " + unit.restarts + "x")
                .toList();
        return status.append(restarted.isEmpty() ? "none" : String.join(", ", restarted))
                .toString();
    }

    private void run() {
        while (!closed) {
            try {
                Thread.sleep(CHECK_INTERVAL.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (Unit unit : units) {
                if (closed) {
                    return;
                }
                unit.check(now);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** One supervised process and its restart state (touched by the supervisor thread only, read by others). */
    private final class Unit {

        private final String name;
        private final BooleanSupplier alive;
        private final Runnable restart;
        private volatile int restarts;
        private int failuresInARow;
        private long lastRestart;
        private long notBefore;
        private boolean down;

        Unit(String name, BooleanSupplier alive, Runnable restart) {
            this.name = name;
            this.alive = alive;
            this.restart = restart;
        }

        void check(long now) {
            if (alive.getAsBoolean()) {
                if (failuresInARow > 0 && now - lastRestart > STABLE_AFTER.toNanos()) {
                    failuresInARow = 0;
                }
                down = false;
                return;
            }
            if (!down) {
                down = true;
                Duration backoff = backoff();
                notBefore = now + backoff.toNanos();
                LOG.log(
                        Level.WARNING,
                        "{0} exited unexpectedly; restarting it in {1} s",
                        name,
                        String.valueOf(backoff.toSeconds()));
            }
            if (now < notBefore || closed) {
                return;
            }
            failuresInARow++;
            lastRestart = now;
            down = false;
            try {
                restart.run();
                restarts++;
                LOG.log(Level.WARNING, "{0} restarted; {1}", name, status());
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "restarting " + name + " failed; trying again after the back-off", e);
            }
        }

        private Duration backoff() {
            long millis = FIRST_BACKOFF.toMillis() << Math.min(failuresInARow, 10);
            return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
        }
    }
}
