package io.wenliu.analysis.quality;

/** The quality levels reached so far (measured with {@link QualityReport}); the regression guard's floors. */
final class QualityFloors {
    static final double SEED_PERSON_F1 = 0.90;
    static final double SEED_LOCATION_F1 = 0.90;
    static final double SEED_ORGANIZATION_F1 = 0.90;
    static final double PD_OVERALL_F1 = 0.84;
    static final double PD_PERSON_F1 = 0.875;
    static final double PD_LOCATION_F1 = 0.86;
    static final double PD_ORGANIZATION_F1 = 0.755;
    /** Ceilings: People's Daily dev mentions found at their span with another type (50 measured), seed entities too. */
    static final int PD_WRONG_TYPE_MAX = 55;

    static final int SEED_WRONG_TYPE_MAX = 0;
    static final int KEYWORD_TOTAL_HITS = 40;
    static final int KEYWORD_MIN_HITS = 3;

    private QualityFloors() {}
}
