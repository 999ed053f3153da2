package io.wenliu.bench;

import java.util.List;

/** The upload phase: throughput until searchable, request latency, and the rejected uploads with their answers. */
public record UploadResult(
        int sent, int accepted, int clients, Throughput throughput, LatencyStats requests, List<String> rejected) {}
