package io.wenliu.ingest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;

/** CPU time used so far by the live threads of this JVM, summed per thread-name group. */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {}

    /**
     * Nanoseconds of CPU (or of user-mode CPU only) per group: the thread name without a trailing number, e.g. all
     * {@code ingest-worker-N} together.
     */
    static Map<String, Long> byGroup(boolean userOnly) {
        Map<String, Long> groups = new TreeMap<>();
        for (long id : THREADS.getAllThreadIds()) {
            ThreadInfo info = THREADS.getThreadInfo(id);
            long cpu = userOnly ? THREADS.getThreadUserTime(id) : THREADS.getThreadCpuTime(id);
            if (info != null && cpu > 0) {
                groups.merge(group(info.getThreadName()), cpu, Long::sum);
            }
        }
        return groups;
    }

    /** Bytes allocated so far per group (see {@link #byGroup}). */
    static Map<String, Long> allocatedByGroup() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) THREADS;
        Map<String, Long> groups = new TreeMap<>();
        for (long id : threads.getAllThreadIds()) {
            ThreadInfo info = threads.getThreadInfo(id);
            long bytes = threads.getThreadAllocatedBytes(id);
            if (info != null && bytes > 0) {
                groups.merge(group(info.getThreadName()), bytes, Long::sum);
            }
        }
        return groups;
    }

    /** CPU of the whole process (every thread, including JIT and GC), in nanoseconds. */
    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String group(String name) {
        String grouped = name.replaceAll("[-#]?\\d+$", "");
        return grouped.isEmpty() ? name : grouped;
    }
}
