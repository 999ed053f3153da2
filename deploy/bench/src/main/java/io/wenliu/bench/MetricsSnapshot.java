package io.wenliu.bench;

import java.util.List;
import java.util.Map;

/** The samples of every service instance's {@code /q/metrics} at one moment, by instance name. */
record MetricsSnapshot(Map<String, List<PrometheusText.Sample>> byInstance) {

    /**
     * The sum of the samples of {@code instance} named {@code name} whose labels include {@code labels}; null when
     * there is no such sample (the metric is absent).
     */
    Double sum(String instance, String name, Map<String, String> labels) {
        Double sum = null;
        for (PrometheusText.Sample sample : byInstance.getOrDefault(instance, List.of())) {
            if (sample.name().equals(name)
                    && sample.labels().entrySet().containsAll(labels.entrySet())
                    && !Double.isNaN(sample.value())) {
                sum = (sum == null ? 0 : sum) + sample.value();
            }
        }
        return sum;
    }

    /** The delta of {@code name} for {@code instance} from {@code before} to this one; null when absent now. */
    Double deltaSince(MetricsSnapshot before, String instance, String name, Map<String, String> labels) {
        Double now = sum(instance, name, labels);
        if (now == null) {
            return null;
        }
        Double then = before.sum(instance, name, labels);
        return now - (then == null ? 0 : then);
    }
}
