package io.wenliu.platform.errors;

/** Questions about an exception's chain of causes. */
public final class Causes {

    private Causes() {}

    /** Whether {@code e} or one of its causes is a {@code type} (a cause that is its own cause ends the chain). */
    public static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    /** The first of {@code e} and its causes that is a {@code type}, or null. */
    public static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
