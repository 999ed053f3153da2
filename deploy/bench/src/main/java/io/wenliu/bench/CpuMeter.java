package io.wenliu.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Measures the CPU time of the stack's processes on this machine (each service instance, OpenSearch, Kafka,
 * PostgreSQL) and of the benchmark itself from the moment it is created, so a phase's CPU per article can be taken at
 * its end. A process that cannot be found (a remote server, another user's) is left out.
 */
final class CpuMeter {

    static final String BENCHMARK = "benchmark";

    private final Map<String, Long> pids;
    private final int cores;
    private final Map<String, Double> start;

    /** Starts measuring {@code pids}: reads them now. */
    CpuMeter(Map<String, Long> pids, int cores) {
        this.pids = new LinkedHashMap<>(pids);
        this.cores = cores;
        this.start = read();
    }

    /** Starts measuring the stack's processes as found now, and this process as {@value #BENCHMARK}. */
    static CpuMeter start(StackHandle stack) {
        Map<String, Long> pids = new LinkedHashMap<>(stack.processes());
        pids.put(BENCHMARK, ProcessHandle.current().pid());
        return new CpuMeter(pids, Runtime.getRuntime().availableProcessors());
    }

    /** CPU seconds of every process that can be read now. */
    Map<String, Double> read() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        pids.forEach((name, pid) -> {
            OptionalDouble cpu = ProcessCpu.secondsOf(pid);
            if (cpu.isPresent()) {
                seconds.put(name, cpu.getAsDouble());
            }
        });
        return seconds;
    }

    /** The CPU used since the start per article (or per query, for the search phase); see {@link #between}. */
    CpuUse perArticle(long articles) {
        return between(start, read(), articles);
    }

    /**
     * The CPU used between two readings per article; null when no article was made searchable or no process of the
     * stack could be read both times.
     */
    CpuUse between(Map<String, Double> before, Map<String, Double> after, long articles) {
        if (articles <= 0) {
            return null;
        }
        List<CpuUse.Share> shares = new ArrayList<>();
        CpuUse.Share benchmark = null;
        double total = 0;
        for (Map.Entry<String, Double> entry : after.entrySet()) {
            Double start = before.get(entry.getKey());
            if (start == null) {
                continue;
            }
            double seconds = Math.max(0, entry.getValue() - start);
            CpuUse.Share share = new CpuUse.Share(entry.getKey(), seconds, seconds * 1000 / articles);
            if (entry.getKey().equals(BENCHMARK)) {
                benchmark = share;
            } else {
                shares.add(share);
                total += share.msPerArticle();
            }
        }
        if (shares.isEmpty()) {
            return null;
        }
        return new CpuUse(shares, benchmark, total, total > 0 ? cores * 1000 / total : null);
    }
}
