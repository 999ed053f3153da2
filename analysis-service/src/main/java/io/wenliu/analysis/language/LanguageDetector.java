package io.wenliu.analysis.language;

import io.wenliu.analysis.enrichment.AnalysisContext;
import io.wenliu.analysis.enrichment.EnrichmentBuilder;
import io.wenliu.analysis.enrichment.EnrichmentStep;

/** Detects Chinese text and whether it is written in simplified (zh-Hans) or traditional (zh-Hant) characters. */
public final class LanguageDetector implements EnrichmentStep {
    private static final String SIMPLIFIED = "们这个说国会来时为学对发经过后与点关体开问长东车门见间马鸟书记让认议语读谁请还进边运达选钱银铁长华乡亲观觉员团区医党卫战务实产业气";
    private static final String TRADITIONAL = "們這個說國會來時為學對發經過後與點關體開問長東車門見間馬鳥書記讓認議語讀誰請還進邊運達選錢銀鐵長華鄉親觀覺員團區醫黨衛戰務實產業氣";

    private static final byte OTHER = 0;
    private static final byte HAN = 1;
    private static final byte HAN_SIMPLIFIED = 2;
    private static final byte HAN_TRADITIONAL = 3;
    /** The class of every char, worked out once (a script lookup is a binary search over Unicode's ranges). */
    private static final byte[] CLASSES = classes();

    private static byte[] classes() {
        byte[] classes = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                if (SIMPLIFIED.indexOf(c) >= 0) {
                    classes[c] = HAN_SIMPLIFIED;
                } else if (TRADITIONAL.indexOf(c) >= 0) {
                    classes[c] = HAN_TRADITIONAL;
                } else {
                    classes[c] = HAN;
                }
            }
        }
        return classes;
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public void apply(AnalysisContext context, EnrichmentBuilder out) {
        String text = context.clean().text();
        int han = 0;
        int latin = 0;
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte type = CLASSES[c];
            if (type != OTHER) {
                han++;
                if (type == HAN_SIMPLIFIED) {
                    simplified++;
                } else if (type == HAN_TRADITIONAL) {
                    traditional++;
                }
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han == 0 || han < latin / 4) {
            out.language(latin > 0 ? "en" : "und", latin > 0 ? "Latn" : "Zyyy");
        } else {
            out.language("zh", traditional > simplified ? "zh-Hant" : "zh-Hans");
        }
    }
}
