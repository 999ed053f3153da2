package io.wenliu.ingest.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/** Where the execution samples of some threads of a JFR recording fall: per method, inclusive and self. */
final class JfrHotspots {

    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private int samples;
    private int interpreted;

    /** Reads the jdk.ExecutionSample events since {@code from} of threads whose name starts with {@code threadPrefix}. */
    static JfrHotspots read(Path recording, String threadPrefix, Instant from) throws IOException {
        JfrHotspots hotspots = new JfrHotspots();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStartTime().isBefore(from)) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            String name = thread == null ? null : thread.getJavaName();
            if (name != null && name.startsWith(threadPrefix) && event.getStackTrace() != null) {
                hotspots.add(event.getStackTrace().getFrames());
            }
        }
        return hotspots;
    }

    private void add(List<RecordedFrame> frames) {
        samples++;
        if (frames.isEmpty()) {
            return;
        }
        self.merge(name(frames.get(0)), 1, Integer::sum);
        if ("Interpreted".equals(frames.get(0).getType())) {
            interpreted++;
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
            String method = name(frame);
            if (seen.add(method)) {
                inclusive.merge(method, 1, Integer::sum);
            }
        }
    }

    /** The report: sample count, then the top methods by inclusive and by self samples, in percent. */
    String report(int top) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "%d samples, %.0f%% of them in interpreted code%n-- inclusive --%n",
                samples, 100.0 * interpreted / Math.max(1, samples)));
        table(text, inclusive, top);
        text.append("-- self --\n");
        table(text, self, top);
        return text.toString();
    }

    private void table(StringBuilder text, Map<String, Integer> counts, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> text.append(String.format("%6.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey())));
    }

    private static String name(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        return type + "." + frame.getMethod().getName();
    }
}
