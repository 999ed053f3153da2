package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names enumerated before a class noun are of the class's type whatever the tagger said: in 批复京客隆、眉州东坡等企业
 * the tagger reads 京客隆 as a person and 眉州东坡 as places; in 神奈川、青森等5县 it reads both as people. A count
 * may stand between 等 and the noun (等5县, 等4个村庄, 等大、中城市). Common nouns in the list (小米 read as the
 * grain) are passed over.
 */
final class EnumeratedNames {
    /** Class nouns and the type they give the listed names (whole tokens: 企业家 is not 企业). */
    private static final Map<String, EntityType> CLASS_NOUNS = classNouns();
    /** How many count words (5, 个, 大, 、) may stand between 等 and the class noun. */
    private static final int MAX_COUNT_TOKENS = 4;

    private EnumeratedNames() {}

    /** Replaces the mentions inside each enumerated name by one mention of the whole name. */
    static void apply(List<Token> tokens, List<Mention> candidates) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("等")) {
                continue;
            }
            EntityType type = classAfter(tokens, i + 1);
            if (type == null) {
                continue;
            }
            for (int j = i - 1; j >= 0 && tokens.get(j).nature().startsWith("n"); j -= 2) {
                Token name = tokens.get(j);
                if (isProperName(name)) {
                    candidates.removeIf(m -> m.start() < name.end() && name.start() < m.end());
                    candidates.add(new Mention(type, name.text(), name.start(), name.end()));
                }
                if (j == 0 || !tokens.get(j - 1).text().equals("、")) {
                    break;
                }
            }
        }
    }

    /** The type of the class noun at {@code from}, after at most a few count words; null if there is none. */
    private static EntityType classAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + MAX_COUNT_TOKENS; k++) {
            Token t = tokens.get(k);
            EntityType type = CLASS_NOUNS.get(t.text());
            if (type != null) {
                return type;
            }
            if (!isCountWord(t)) {
                return null;
            }
        }
        return null;
    }

    private static boolean isCountWord(Token t) {
        String n = t.nature();
        return n.equals("m")
                || n.equals("mq")
                || n.equals("q")
                || n.equals("a")
                || t.text().equals("、")
                || t.text().equals("中")
                || t.text().equals("小");
    }

    private static boolean isProperName(Token t) {
        String n = t.nature();
        boolean proper =
                n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("nw");
        return proper && t.text().length() >= 2;
    }

    private static Map<String, EntityType> classNouns() {
        Map<String, EntityType> nouns = new HashMap<>();
        for (String noun : Set.of(
                "企业", "公司", "单位", "机构", "集团", "银行", "商家", "品牌", "平台", "医院", "高校", "院校", "学校", "大学", "媒体", "报社", "酒店",
                "超市", "商场", "药企", "车企", "房企", "厂家", "厂商", "工厂", "门店")) {
            nouns.put(noun, EntityType.ORGANIZATION);
        }
        for (String noun : Set.of("国家", "省", "省份", "市", "城市", "县", "地区", "村", "村庄", "乡镇", "州", "岛屿", "港口")) {
            nouns.put(noun, EntityType.LOCATION);
        }
        return Map.copyOf(nouns);
    }
}
