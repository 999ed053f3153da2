package io.wenliu.bench;

/** The headline: pipeline throughput (burst) divided by plain OpenSearch {@code _bulk}, and the upload's ratio. */
public record Headline(Double ratio, Double pipelinePerSecond, Double rawPerSecond, Double uploadRatio) {

    static Headline of(Throughput burst, Throughput raw, UploadResult upload) {
        Double rawRate = raw == null ? null : raw.perSecond();
        Double pipeline = burst == null ? null : burst.perSecond();
        Double ratio = pipeline == null || rawRate == null ? null : pipeline / rawRate;
        Double uploadRatio =
                upload == null || rawRate == null ? null : upload.throughput().perSecond() / rawRate;
        return new Headline(ratio, pipeline, rawRate, uploadRatio);
    }
}
