package io.wenliu.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Calls {@link SharedServers} as loaded by the system class loader, so that Quarkus' per-application class
 * loaders (a restart per test profile) all see one set of servers, and the shutdown hooks live in a class
 * loader that is never closed. The context class loader is switched too, so that Kafka's admin client does not
 * load its plugins from a Quarkus class loader.
 */
final class JvmWide {

    private JvmWide() {}

    /** Invokes the static {@code SharedServers.method(args)} and returns its result. */
    static Object call(String method, Class<?>[] parameterTypes, Object... args) {
        Class<?> shared = sharedServersClass();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(shared.getClassLoader());
        try {
            Method target = shared.getMethod(method, parameterTypes);
            return target.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call SharedServers." + method, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Class<?> sharedServersClass() {
        try {
            return Class.forName(SharedServers.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return SharedServers.class;
        }
    }
}
