package io.wenliu.ingest.ledger;

import java.util.BitSet;

/** Tells simplified from traditional Chinese text by counting frequent characters that differ between the scripts. */
public final class ScriptDetector {

    /** BCP 47 tag of simplified Chinese text. */
    public static final String SIMPLIFIED = "zh-Hans";

    /** BCP 47 tag of traditional Chinese text. */
    public static final String TRADITIONAL = "zh-Hant";

    private static final BitSet SIMPLIFIED_ONLY = chars("这为个国来说时会对于发过后里种经么学现当没动还进样开从实军无与长机关点业将两间问应战头体见产话给门儿东声员论处义几认"
            + "条气题尔别变总电数报结务场计许统区队决马传节华党际术获设钱难运导轻权识组织干们办议领护医疗户层线团济确岁亿级"
            + "县乡镇村网络复");

    private static final BitSet TRADITIONAL_ONLY = chars("這為個國來說時會對於發過後裡種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問應戰頭體見產話給門兒東聲員論處義幾認"
            + "條氣題爾別變總電數報結務場計許統區隊決馬傳節華黨際術獲設錢難運導輕權識組織幹們辦議領護醫療戶層線團濟確歲億級"
            + "縣鄉鎮網絡復");

    /** {@link #TRADITIONAL} when traditional-only characters outnumber simplified-only ones, else {@link #SIMPLIFIED}. */
    public String languageTag(String text) {
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SIMPLIFIED_ONLY.get(c)) {
                simplified++;
            } else if (TRADITIONAL_ONLY.get(c)) {
                traditional++;
            }
        }
        return traditional > simplified ? TRADITIONAL : SIMPLIFIED;
    }

    /** The characters (all in the Basic Multilingual Plane, so a surrogate never matches) as a set indexed by char. */
    private static BitSet chars(String chars) {
        BitSet set = new BitSet(Character.MAX_VALUE + 1);
        chars.chars().forEach(set::set);
        return set;
    }
}
