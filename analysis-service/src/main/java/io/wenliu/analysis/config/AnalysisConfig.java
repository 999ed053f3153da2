package io.wenliu.analysis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the analysis service ({@code wenliu.analysis.*}). */
@ConfigMapping(prefix = "wenliu.analysis")
public interface AnalysisConfig {

    /** Longest text {@code POST /api/analyze} accepts, in characters; longer ones get 413. */
    @WithDefault("300000")
    int maxTextChars();
}
