package io.wenliu.analysis.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.analysis.segment.Segmenter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Span conventions of the gold annotation, checked on the recogniser alone. */
class EntityRecognizerTest {
    private static Segmenter segmenter;
    private static EntityRecognizer recognizer;

    @BeforeAll
    static void load() {
        segmenter = Segmenter.withDomainLexicon();
        recognizer = createObjectUnderTest();
    }

    static EntityRecognizer createObjectUnderTest() {
        return EntityRecognizer.standard();
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
                "东南大学附属中大医院党委副书记邱海波说|ORGANIZATION:东南大学附属中大医院党委",
                "上海铁路局党委组织党员突击队|ORGANIZATION:上海铁路局党委",
                "习近平总书记强调|PERSON:习近平",
                "福建安溪县个体私营经济党委成立了|ORGANIZATION:安溪县个体私营经济党委",
                // the organisation grammar on hand-written sentences (none from the evaluation data):
                // nested organisations and units
                "浙江大学医学院附属第一医院党委书记介绍了情况。|ORGANIZATION:浙江大学医学院附属第一医院党委",
                "中央电视台少儿艺术团昨天到社区演出。|ORGANIZATION:中央电视台少儿艺术团",
                "湖南省委组织部部长表示|ORGANIZATION:湖南省委组织部",
                // abbreviations: place or national prefix + abbreviated organ, level + 委
                "甘肃省侨联组织了一次座谈。|ORGANIZATION:甘肃省侨联",
                "国家统计局今天发布数据。|ORGANIZATION:国家统计局",
                "区委决定在全区开展检查。|ORGANIZATION:区委",
                // a province before a place-named organisation stays a place (GUIDELINES rule 3)
                "我们在河北保定工人医院看病。|ORGANIZATION:保定工人医院"
            })
    void findsMaximalSpans(String text, String expected) {
        assertThat(mentions(text)).contains(expected);
    }

    @Test
    void aTwoCharacterNameWithARareSurnameNeedsAGivenNameOrACue() {
        // no title, no common surname: the second character is mostly a given name
        assertThat(mentions("伍霞打开了窗户。")).containsExactly("PERSON:伍霞");
        assertThat(mentions("邻居喻晖帮了大忙。")).containsExactly("PERSON:喻晖");
        assertThat(mentions("这是陶琳的第一本书。")).containsExactly("PERSON:陶琳");
        // tagged as names, but the characters straddle other words (测温仪, 登高) or are rarely given names (督)
        assertThat(mentions("工人们拿起测温仪检查。")).isEmpty();
        assertThat(mentions("商登高速今天通车。")).isEmpty();
        assertThat(mentions("他严督各项工作。")).isEmpty();
    }

    @Test
    void namesEnumeratedBeforeAnOrganisationNounAreOrganisations() {
        assertThat(mentions("迅速批复京客隆、眉州东坡等企业30亿元贷款")).containsExactly("ORGANIZATION:京客隆", "ORGANIZATION:眉州东坡");
        assertThat(mentions("他与张伟、李明等企业家座谈")).contains("PERSON:张伟", "PERSON:李明");
    }

    @Test
    void namesEnumeratedBeforeAPlaceNounArePlaces() {
        assertThat(mentions("大雪覆盖了秋田、山形等3县。")).containsExactly("LOCATION:秋田", "LOCATION:山形");
        assertThat(mentions("洪水威胁到哈斯科沃、普罗夫迪夫等城市。")).containsExactly("LOCATION:哈斯科沃", "LOCATION:普罗夫迪夫");
    }

    @Test
    void aNameTheTaggerReadAsAPersonsIsAPlaceByItsUnit() {
        assertThat(mentions("暴雨袭击了玛多县。")).containsExactly("LOCATION:玛多县");
    }

    @Test
    void aRegionOfAPlaceIsThePlaceNotAnOrgan() {
        assertThat(mentions("风暴袭击了美国西北部。")).containsExactly("LOCATION:美国");
        assertThat(mentions("美国东南部遭遇飓风袭击。")).containsExactly("LOCATION:美国");
        assertThat(mentions("华北中南部有小到中雨。")).containsExactly("LOCATION:华北");
    }

    @Test
    void newWordsThatAreForeignNamesArePeople() {
        assertThat(mentions("斯里兰卡总统戈塔巴雅·拉贾帕克萨会见了代表团。")).contains("PERSON:戈塔巴雅·拉贾帕克萨");
        assertThat(mentions("日本首相小泉纯一郎在记者会上说。")).contains("PERSON:小泉纯一郎");
        assertThat(mentions("日本首相鸠山由纪夫在记者会上说。")).contains("PERSON:鸠山由纪夫");
        // a Chinese name with the next word read into it stays out (高小燕|组织)
        assertThat(mentions("书记高小燕组织支部党员学习。")).isEmpty();
    }

    @Test
    void aSurnameBeforeAnAddressNamesThePerson() {
        assertThat(mentions("孙老说，画画累了就去散步。")).containsExactly("PERSON:孙");
        assertThat(mentions("同村郑某叫来看热闹。")).containsExactly("PERSON:郑");
        assertThat(mentions("但乏善可陈。")).isEmpty();
    }

    @Test
    void aFunctionWordReadIntoTheEndOfANameIsLeftOut() {
        assertThat(mentions("市长让·皮埃尔及夫人出席了仪式。")).containsExactly("PERSON:让·皮埃尔");
    }

    @Test
    void knownPlacesWrittenOneAfterAnotherAreSplitOffOneByOne() {
        assertThat(mentions("这是贵州遵义红花社区的干部。")).containsExactly("LOCATION:贵州", "LOCATION:遵义", "LOCATION:红花社区");
        // an ethnic group's autonomous unit belongs to the name before it
        assertThat(mentions("他来自青海玉树藏族自治州。")).containsExactly("LOCATION:青海", "LOCATION:玉树藏族自治州");
    }

    @Test
    void splitsPlaceChainsIntoTheirParts() {
        assertThat(mentions("广西南宁市武鸣区太平镇庆乐村幸福屯的孩子")).contains("LOCATION:太平镇", "LOCATION:庆乐村", "LOCATION:幸福屯");
    }

    @Test
    void pairedCountryAbbreviationsArePlaces() {
        assertThat(mentions("中美关系和中俄战略协作")).contains("LOCATION:中", "LOCATION:美", "LOCATION:俄");
    }

    @Test
    void aPlaceBeforeAFacilitysOwnNameIsAPlaceOfItsOwn() {
        assertThat(mentions("比赛在上海虹口体育馆举行。")).containsExactly("LOCATION:上海", "LOCATION:虹口体育馆");
        assertThat(mentions("列车驶入四川广元火车站。")).containsExactly("LOCATION:四川", "LOCATION:广元火车站");
        assertThat(mentions("读者挤满了北京图书大厦。")).containsExactly("LOCATION:北京图书大厦");
    }

    @Test
    void aCountrysOneCharacterNameBeforeFangOrBothCountriesIsAPlace() {
        assertThat(mentions("中方愿意与美方共同努力。")).containsExactly("LOCATION:中", "LOCATION:美");
        assertThat(mentions("意中两国外长今天会晤。")).containsExactly("LOCATION:意", "LOCATION:中");
        assertThat(mentions("双方同意加强合作。")).isEmpty();
        assertThat(mentions("我们愿意与韩方共同努力。")).containsExactly("LOCATION:韩");
    }

    @Test
    void aPrepositionIsNotACountryAbbreviation() {
        assertThat(mentions("阿根廷队在决赛中以2∶0战胜对手。")).noneMatch(m -> m.startsWith("LOCATION:"));
    }

    @Test
    void aWordThatIsAlsoAPlaceNameIsNotAPlaceBesideOne() {
        assertThat(mentions("各方都支持中东和平进程。")).containsExactly("LOCATION:中东");
        assertThat(mentions("山东公安机关破获一起大案。")).containsExactly("LOCATION:山东");
    }

    @Test
    void aPlaceKnownAsAWholeOrWithItsUnitAloneIsNotSplit() {
        assertThat(mentions("代表团前往马来西亚访问。")).containsExactly("LOCATION:马来西亚");
        assertThat(mentions("几内亚比绍政局趋于稳定。")).containsExactly("LOCATION:几内亚比绍");
        assertThat(mentions("西藏自治区今年粮食丰收。")).containsExactly("LOCATION:西藏自治区");
    }

    @Test
    void blockedStringsAndTitlesAreNotEntities() {
        assertThat(mentions("北京时间3月12日，基层党组织和医疗队出发。"))
                .noneMatch(m -> m.endsWith(":北京时间") || m.endsWith(":基层党组织") || m.endsWith(":医疗队"));
    }

    @Test
    void mentionsDoNotOverlap() {
        List<Mention> ms =
                recognizer.mentions("中国移动湖北分公司党委和山西晋城富士康相机模组公司党总支", segmenter.segment("中国移动湖北分公司党委和山西晋城富士康相机模组公司党总支"));
        for (int i = 1; i < ms.size(); i++) {
            assertThat(ms.get(i).start()).isGreaterThanOrEqualTo(ms.get(i - 1).end());
        }
    }

    /**
     * The organisation grammar (head nouns with their modifiers, nested units, abbreviations, the words that end a
     * name) on hand-written sentences: none of them is taken from the evaluation data.
     */
    @Nested
    class OrganisationGrammar {
        @Test
        void abbreviatedCentralDepartmentsAreOrganisations() {
            assertThat(mentions("中宣部和中组部联合发文。")).containsExactly("ORGANIZATION:中宣部", "ORGANIZATION:中组部");
            assertThat(mentions("中西部地区的发展")).noneMatch(m -> m.startsWith("ORGANIZATION"));
        }

        @Test
        void aProperWordEndingWithABodyHeadIsAnOrganisation() {
            assertThat(mentions("联合国人居署和国际能源署发布报告。")).containsExactly("ORGANIZATION:联合国人居署", "ORGANIZATION:国际能源署");
            assertThat(mentions("金融机构和医疗机构已经部署、签署协议。")).noneMatch(m -> m.startsWith("ORGANIZATION"));
            assertThat(mentions("社区党组织和企业党组织发挥作用。"))
                    .as("组织 is no body head: 党组织 is generic and 组织 also a verb")
                    .noneMatch(m -> m.startsWith("ORGANIZATION"));
        }

        @Test
        void aNewWordEndingInZuzhiIsAnOrganisationUnlessAPersonOrganisesSomething() {
            assertThat(mentions("世界气象组织和北约组织发表声明。")).containsExactly("ORGANIZATION:世界气象组织", "ORGANIZATION:北约组织");
            assertThat(mentions("美洲国家组织秘书长说。")).containsExactly("ORGANIZATION:美洲国家组织");
            assertThat(mentions("高小燕组织支部党员学习。")).noneMatch(m -> m.equals("ORGANIZATION:高小燕组织"));
        }

        @Test
        void aMinistryNamedInItsMinistersTitleIsAnOrganisation() {
            assertThat(mentions("外交部长王毅在记者会上说。")).containsExactly("ORGANIZATION:外交部", "PERSON:王毅");
            assertThat(mentions("法国内政部长今天宣布新的措施。")).containsExactly("ORGANIZATION:法国内政部");
            assertThat(mentions("内务部长今天向议会提交辞呈。")).contains("ORGANIZATION:内务部");
            assertThat(mentions("他被任命为代理部长。")).isEmpty();
            assertThat(mentions("中联部部长会见了代表团。")).containsExactly("ORGANIZATION:中联部");
        }

        @Test
        void aPeriodicalBetweenTitleMarksIsAnOrganisationButADocumentIsNot() {
            assertThat(mentions("据《纽约时报》报道，谈判已经结束。")).containsExactly("ORGANIZATION:纽约时报");
            assertThat(mentions("日本《读卖新闻》和《华尔街日报》都刊登了这条消息。")).contains("ORGANIZATION:读卖新闻", "ORGANIZATION:华尔街日报");
            assertThat(mentions("《联合公报》指出，双方同意加强合作。")).isEmpty();
            assertThat(mentions("他写了一篇《过去的新闻》。")).isEmpty();
        }

        @Test
        void aDatelineEndsBeforeTheNameAfterItAndAPlaceIsNoUnitOfTheAgency() {
            assertThat(mentions("新华社北京8月3日电外交部发言人今天回答了记者提问。"))
                    .containsExactly("ORGANIZATION:新华社", "LOCATION:北京", "ORGANIZATION:外交部");
            assertThat(mentions("新华社莫斯科3月5日电俄罗斯政府今天宣布新的预算。")).contains("ORGANIZATION:新华社", "LOCATION:莫斯科");
        }

        @Test
        void aNewsAgencyCitedAsASourceIsAnOrganisation() {
            assertThat(mentions("据埃菲社报道，双方签署了协议。")).containsExactly("ORGANIZATION:埃菲社");
            assertThat(mentions("新华社发共同社照片")).contains("ORGANIZATION:共同社");
        }

        @Test
        void wellKnownCompaniesAndLegislaturesAreOrganisations() {
            assertThat(mentions("英特尔和微软公布了财报。")).containsExactly("ORGANIZATION:英特尔", "ORGANIZATION:微软");
            assertThat(mentions("法案已提交参议院和众议院审议。")).containsExactly("ORGANIZATION:参议院", "ORGANIZATION:众议院");
            assertThat(mentions("俄罗斯国家杜马今天通过了预算。")).containsExactly("ORGANIZATION:俄罗斯国家杜马");
            // a party's central committee, not a person beside a title
            assertThat(mentions("民盟中央主席出席了会议。")).containsExactly("ORGANIZATION:民盟中央");
        }

        @Test
        void aNationalBodysFullNameRunsFromZhongguoToItsHui() {
            assertThat(mentions("中国钢铁与冶金工业协会发布了报告。")).containsExactly("ORGANIZATION:中国钢铁与冶金工业协会");
            assertThat(mentions("国家和社会都要关心残疾人。")).isEmpty();
            assertThat(mentions("国际武术博览会今天开幕。")).isEmpty();
        }

        @Test
        void aNewWordEndingInDuiIsATeam() {
            assertThat(mentions("昨晚的比赛中全兴队以二比一获胜。")).containsExactly("ORGANIZATION:全兴队");
            assertThat(mentions("海狮队主教练赛后接受了采访。")).containsExactly("ORGANIZATION:海狮队");
        }

        @Test
        void aBareHeadNounBeforeAFullNameIsNotPartOfIt() {
            assertThat(mentions("第四大银行东方银行宣布上调利率。"))
                    .contains("ORGANIZATION:东方银行")
                    .noneMatch(m -> m.contains("银行东方银行"));
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
}
