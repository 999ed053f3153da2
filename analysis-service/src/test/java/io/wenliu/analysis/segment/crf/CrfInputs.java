package io.wenliu.analysis.segment.crf;

import io.wenliu.analysis.quality.EvalData;
import io.wenliu.analysis.segment.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** Texts to run both CRF segmenters over: seed sentences, People's Daily dev sentences, edge cases, random strings. */
final class CrfInputs {
    private CrfInputs() {}

    /** Every line of every seed file as it stands, and every sentence in it. */
    static List<String> seedSentences() {
        List<String> texts = new ArrayList<>();
        for (Path file : seedFiles()) {
            for (String line : read(file).split("\n", -1)) {
                texts.add(line);
                texts.addAll(SentenceSplitter.split(line));
            }
        }
        return texts;
    }

    /** The seed articles, in name order. */
    static List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(EvalData.seeds())) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentences of a BIO file (one {@code token tag} per line, a blank line between sentences). */
    static List<String> bioSentences(Path bio) {
        List<String> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : read(bio).split("\n", -1)) {
            if (line.isBlank()) {
                if (!text.isEmpty()) {
                    sentences.add(text.toString());
                    text.setLength(0);
                }
                continue;
            }
            int space = line.lastIndexOf(' ');
            text.append(line, 0, space > 0 ? space : 1);
        }
        if (!text.isEmpty()) {
            sentences.add(text.toString());
        }
        return sentences;
    }

    /** Inputs at the edges of the CRF's normalisation and grouping. */
    static List<String> edgeCases() {
        return List.of(
                "",
                "字",
                "a",
                "7",
                "2026",
                "12345678901234567890",
                "abc",
                "iPhone",
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "iPhone12发布",
                "iPhone12Pro发布了3款",
                "２０２６年１１月",
                "ｉＰｈｏｎｅ１２",
                "全角ＡＢＣ和半角abc",
                " ",
                "\t",
                "\n",
                "\u3000",
                "  中 文  ",
                "中\t文\n字",
                "[\\]^_`",
                "a_b^c",
                "1.5亿元",
                "3月12日电",
                "COVID-19疫情",
                "\u0000",
                "\u0080\u0081\u0082\u008c\u0096",
                "中\u0096文",
                "😀表情",
                "北京",
                "新华社北京3月12日电 习近平在北京市考察疫情防控工作。");
    }

    /** Random strings over digits, Latin, full-width forms, punctuation, whitespace, control and Chinese characters. */
    static List<String> random(int count, long seed) {
        String alphabet = "0123456789０１２３４５６７８９abcxyzABCXYZａｂｃＡＢＣ[]^_`.,-、，。！？“”（）  \t\n\u3000"
                + "\u0000\u0080\u0081\u0083\u008c\u0096\u0099的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分"
                + "对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严";
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = 1 + random.nextInt(40);
            StringBuilder sb = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        return texts;
    }
}
