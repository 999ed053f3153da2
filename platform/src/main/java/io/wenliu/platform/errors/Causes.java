package io.wenliu.platform.errors;

/** Questions about an exception's chain of causes. */
public final class Causes {

    private Causes() {}

    /** Whether {@code e} or one of its causes is a {@code type} (a cause that is its own cause ends the chain). */
    public static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
