package io.wenliu.stack;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One JVM shutdown hook that closes everything registered with it, newest first. */
public final class ProcessReaper {

    private static final System.Logger LOG = System.getLogger(ProcessReaper.class.getName());
    private static final List<AutoCloseable> RESOURCES = new ArrayList<>();
    private static boolean hookInstalled;

    private ProcessReaper() {}

    /** Closes {@code resource} when the JVM exits, unless it was unregistered before. */
    public static synchronized void register(AutoCloseable resource) {
        if (!hookInstalled) {
            Runtime.getRuntime().addShutdownHook(new Thread(ProcessReaper::closeAll, "wenliu-process-reaper"));
            hookInstalled = true;
        }
        RESOURCES.add(resource);
    }

    /** Forgets {@code resource} (it was closed by its owner). */
    public static synchronized void unregister(AutoCloseable resource) {
        RESOURCES.remove(resource);
    }

    private static void closeAll() {
        List<AutoCloseable> toClose;
        synchronized (ProcessReaper.class) {
            toClose = new ArrayList<>(RESOURCES);
            RESOURCES.clear();
        }
        Collections.reverse(toClose);
        for (AutoCloseable resource : toClose) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not close " + resource + " at shutdown", e);
            }
        }
    }
}
