package io.wenliu.analysis.pipeline;

/** Wraps each stage of an analysis (segmentation, then each enrichment step by name), e.g. in a tracing span. */
@FunctionalInterface
public interface Stages {

    /** Runs the stages as they are. */
    Stages NONE = (name, work) -> work.run();

    /** Runs {@code work}, the stage called {@code name}; exceptions pass through. */
    void run(String name, Runnable work);
}
