package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;
import java.util.Set;

/**
 * Names enumerated before a class noun of organisations are organisations whatever the tagger said: in
 * 批复京客隆、眉州东坡等企业 the tagger reads 京客隆 as a person and 眉州东坡 as places. Common nouns in the list
 * (小米 read as the grain) are passed over.
 */
final class EnumeratedOrganisations {
    /** Class nouns that say the listed names are organisations (compared with whole tokens: 企业家 is not 企业). */
    private static final Set<String> CLASS_NOUNS = Set.of(
            "企业", "公司", "单位", "机构", "集团", "银行", "商家", "品牌", "平台", "医院", "高校", "院校", "学校", "大学", "媒体", "报社", "酒店", "超市",
            "商场", "药企", "车企", "房企", "厂家", "厂商", "工厂", "门店");

    private EnumeratedOrganisations() {}

    /** Replaces the mentions inside each enumerated name by one ORGANIZATION mention of the whole name. */
    static void apply(List<Token> tokens, List<Mention> candidates) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("等")
                    || !CLASS_NOUNS.contains(tokens.get(i + 1).text())) {
                continue;
            }
            for (int j = i - 1; j >= 0 && tokens.get(j).nature().startsWith("n"); j -= 2) {
                Token name = tokens.get(j);
                if (isProperName(name)) {
                    candidates.removeIf(m -> m.start() < name.end() && name.start() < m.end());
                    candidates.add(new Mention(EntityType.ORGANIZATION, name.text(), name.start(), name.end()));
                }
                if (j == 0 || !tokens.get(j - 1).text().equals("、")) {
                    break;
                }
            }
        }
    }

    private static boolean isProperName(Token t) {
        String n = t.nature();
        boolean proper =
                n.startsWith("nr") || n.startsWith("ns") || n.startsWith("nt") || n.equals("nz") || n.equals("nw");
        return proper && t.text().length() >= 2;
    }
}
