package io.wenliu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.stack.ProjectRoot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSentencesTest {

    @Test
    void deletesWhitespaceAndSplitsAfterSentenceEnds() {
        List<String> sentences =
                SeedSentences.of("疫情防控是一场 人民战争　总体战阻击战。\n" + "各级党组织要切实发挥战斗堡垒作用吗？“我们一定能够打赢这场战役！”然后继续写下去的句子没有结束");

        assertThat(sentences).containsExactly("疫情防控是一场人民战争总体战阻击战。", "各级党组织要切实发挥战斗堡垒作用吗？", "“我们一定能够打赢这场战役！”");
    }

    @Test
    void dropsSentencesThatAreTooShortTooLongOrCarryBylinesDatelinesOrLayoutMarks() {
        String longSentence = "长".repeat(151) + "。";
        List<String> sentences = SeedSentences.of("太短了。"
                + longSentence
                + "新华社北京讯各地积极推进复工复产工作。"
                + "本报记者在现场看到工人们正忙着装车。"
                + "据通讯员介绍当地已经恢复正常生产秩序。"
                + "3月12日以来全省新增确诊病例持续下降。"
                + "□各地企业有序恢复生产经营活动稳步推进。"
                + "他打电话询问了社区防控的具体落实情况。"
                + "各地企业有序恢复生产经营活动稳步推进。");

        assertThat(sentences).containsExactly("各地企业有序恢复生产经营活动稳步推进。");
    }

    @Test
    void theSeedsYieldHundredsOfUsableSentences() {
        List<String> sentences =
                SeedSentences.of(SeedSentences.readSeedText(ProjectRoot.find().resolve("seeds")));

        assertThat(sentences).hasSizeGreaterThan(200).allSatisfy(sentence -> {
            assertThat(sentence.length()).isBetween(SeedSentences.MIN_LENGTH, SeedSentences.MAX_LENGTH);
            assertThat(SeedSentences.FORBIDDEN.matcher(sentence).find()).isFalse();
            assertThat(sentence).doesNotContainPattern("\\s");
        });
    }
}
