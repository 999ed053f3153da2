package io.wenliu.analysis.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisation grammar (head nouns with their modifiers, nested units, abbreviations, the words that end a name)
 * on hand-written sentences: none of them is taken from the evaluation data.
 */
class OrganisationGrammarTest {
    private static Segmenter segmenter;
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        segmenter = Segmenter.withDomainLexicon();
        recognizer = EntityRecognizer.standard();
    }

    private static List<String> mentions(String text) {
        return recognizer.mentions(text, segmenter.segment(text)).stream()
                .map(m -> m.type() + ":" + m.text())
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // nested organisations and units: the maximal span
                "浙江大学医学院附属第一医院党委书记介绍了情况。|ORGANIZATION:浙江大学医学院附属第一医院党委",
                "中央电视台少儿艺术团昨天到社区演出。|ORGANIZATION:中央电视台少儿艺术团",
                "湖南省委组织部部长表示|ORGANIZATION:湖南省委组织部",
                // abbreviations: place or national prefix + abbreviated organ, level + 委, 中 + X + 部
                "甘肃省侨联组织了一次座谈。|ORGANIZATION:甘肃省侨联",
                "国家统计局今天发布数据。|ORGANIZATION:国家统计局",
                "区委决定在全区开展检查。|ORGANIZATION:区委",
                // a province before a place-named organisation stays a place (GUIDELINES rule 3)
                "我们在河北保定工人医院看病。|ORGANIZATION:保定工人医院"
            })
    void findsTheWholeOrganisationName(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @Test
    void abbreviatedCentralDepartmentsAreOrganisations() {
        assertThat(mentions("中宣部和中组部联合发文。")).containsExactly("ORGANIZATION:中宣部", "ORGANIZATION:中组部");
        assertThat(mentions("中西部地区的发展")).noneMatch(m -> m.startsWith("ORGANIZATION"));
    }

    @Test
    void aBareHeadNounBeforeAFullNameIsNotPartOfIt() {
        assertThat(mentions("第四大银行东方银行宣布上调利率。")).contains("ORGANIZATION:东方银行").noneMatch(m -> m.contains("银行东方银行"));
    }

    @Test
    void aCountWordBeforeABusinessEndsItsName() {
        assertThat(mentions("王府井旁边新开了一家李记餐厅。")).contains("ORGANIZATION:李记餐厅");
    }

    @Test
    void aNameBeforeASupermarketIsABusinessNotAPersonOrAPlace() {
        assertThat(mentions("我去京客隆超市买了东西。")).containsExactly("ORGANIZATION:京客隆超市");
        assertThat(mentions("他在杭州百佳超市买了米。")).containsExactly("ORGANIZATION:杭州百佳超市");
    }

    @Test
    void aNameListedAsACompanyStaysACompanyLaterInTheText() {
        assertThat(mentions("批复华联、金太阳等企业贷款。金太阳负责人表示感谢。"))
                .containsExactly("ORGANIZATION:华联", "ORGANIZATION:金太阳", "ORGANIZATION:金太阳");
    }

    @Test
    void aCommonWordWithAPlaceSuffixIsNotAPlace() {
        assertThat(mentions("一个作业区停电了。")).isEmpty();
    }
}
