package io.wenliu.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Removal of layout spaces with real lines of the seeds. */
class LayoutSpaceRemoverTest {

    private static LayoutSpaceRemover createObjectUnderTest() {
        return new LayoutSpaceRemover();
    }

    /** Layout spaces from the seeds (001 lines 45, 226, 310-311, 380; 000 line 25; 002 line 391). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            保党中央重大决策部署贯彻落实。2 月 3 | 保党中央重大决策部署贯彻落实。2月3
            令下，近 8000 名党员医护人员迅速集结， | 令下，近8000名党员医护人员迅速集结，
            1月 24 日晚 10 时许，载有 116 名武汉 | 1月24日晚10时许，载有116名武汉
            客人的 TR188 次航班从新加坡到达浙江杭 | 客人的TR188次航班从新加坡到达浙江杭
            □新华社记者 林 晖 人民日报记者 孟祥夫 | □新华社记者林晖人民日报记者孟祥夫
            一线面前勇作为。全国 460多万个基层党组织 | 一线面前勇作为。全国460多万个基层党组织
            病例累计超过 11.8 万例，欧盟 27国无一免 | 病例累计超过11.8万例，欧盟27国无一免
            '　 全球同战　刻不容缓 ' | 全球同战刻不容缓
            """)
    void removesSpacesNextToChineseText(String printed, String cleaned) {
        assertThat(createObjectUnderTest().remove(printed)).isEqualTo(cleaned);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            生产 N95  mask 口罩 | 生产N95 mask口罩
            World Health Organization | World Health Organization
            """)
    void keepsOneSpaceBetweenLatinWords(String printed, String cleaned) {
        assertThat(createObjectUnderTest().remove(printed)).isEqualTo(cleaned);
    }
}
