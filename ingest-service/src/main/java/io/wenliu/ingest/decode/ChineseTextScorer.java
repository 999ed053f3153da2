package io.wenliu.ingest.decode;

import java.util.Set;
import java.util.stream.Collectors;

/** Scores how much a decoded string looks like real Chinese text, to choose between candidate charsets. */
final class ChineseTextScorer {

    /** The most frequent Han characters of simplified Chinese news text. */
    private static final String COMMON_SIMPLIFIED = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而"
            + "方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政"
            + "四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提"
            + "直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做"
            + "必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教"
            + "速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织"
            + "装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标"
            + "写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严疫情防控抗";

    /** The same frequent characters in traditional script, where they differ. */
    private static final String COMMON_TRADITIONAL = "這為個國來說時會對於著發過後裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話給門兒東"
            + "聲員論處義幾認條氣題爾別變總電數報結務場計許統區隊決馬傳節華黨際術獲設錢難運導輕權認識組織幹們辦議領導護醫療戶層線團經濟確";

    private static final String COMMON_PUNCTUATION = "，。、“”‘’：；！？（）《》—…·「」『』【】";

    private static final Set<Integer> COMMON_HAN =
            (COMMON_SIMPLIFIED + COMMON_TRADITIONAL).codePoints().boxed().collect(Collectors.toUnmodifiableSet());

    private static final Set<Integer> PUNCTUATION =
            COMMON_PUNCTUATION.codePoints().boxed().collect(Collectors.toUnmodifiableSet());

    /** Average per-character plausibility: positive for real Chinese text, negative for mis-decoded bytes. */
    double score(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        double total = 0;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            count++;
            total += weight(cp);
        }
        return total / count;
    }

    private static double weight(int cp) {
        if (COMMON_HAN.contains(cp)) {
            return 3;
        }
        if (PUNCTUATION.contains(cp)) {
            return 2;
        }
        if (cp < 0x80) {
            return 0.5;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return 0.5;
        }
        if (cp >= 0xFF01 && cp <= 0xFF5E || cp == 0x3000) {
            return 0.5;
        }
        return -3;
    }
}
