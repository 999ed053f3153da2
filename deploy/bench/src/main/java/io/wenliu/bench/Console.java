package io.wenliu.bench;

/** The benchmark's console: progress lines and warnings on stderr, the result table on stdout. */
final class Console {

    private Console() {}

    /** A progress or status line. */
    static synchronized void progress(String line) {
        System.err.println(line);
    }

    /** A warning the user should read. */
    static synchronized void warn(String message) {
        System.err.println("WARNING: " + message);
    }

    /** The result table. */
    static synchronized void result(String table) {
        System.out.print(table);
        System.out.flush();
    }
}
