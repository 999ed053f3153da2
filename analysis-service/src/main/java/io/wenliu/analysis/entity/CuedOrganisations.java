package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;
import java.util.Set;

/**
 * Organisations named by the words around them: a ministry in its minister's title, a news agency cited as a source,
 * a national body's full name between 中国 and its 会.
 */
final class CuedOrganisations {
    private static final int MAX_AGENCY_LENGTH = 4;
    /** How many words a national body's name may hold after 中国 (物流|与|采购|联合会). */
    private static final int MAX_BODY_TOKENS = 6;
    /** Words that join a national body's name but are no nouns: 中国物流与采购联合会, 中国产业用纺织品协会. */
    private static final Set<String> BODY_JOINERS = Set.of("与", "和", "用", "对外");
    /** What follows a news agency's name when it is cited (路透社|报道, 共同社|照片). */
    private static final Set<String> AGENCY_WORDS = Set.of("报道", "消息", "电", "照片", "记者", "援引", "发");
    /** A minister's title: the ministry's name and 长 (财政部长). */
    private static final String MINISTER = "部长";

    private final PlaceNames placeNames;
    private final OrganisationNames organisationNames;

    CuedOrganisations(NameLists names) {
        this.placeNames = names.places();
        this.organisationNames = names.organisations();
    }

    /** All three cues' organisations. */
    void apply(String text, List<Token> tokens, List<Mention> out) {
        ministriesInTitles(text, tokens, out);
        newsAgencies(tokens, out);
        nationalBodies(text, tokens, out);
    }

    /**
     * A ministry named in its minister's title is an organisation (外交部长 → 外交部, 芬兰农林部长 → 芬兰农林部), with
     * a country written right before it (美国|财政部长 → 美国财政部). Only an organ's form counts: a known word plus 部.
     */
    private void ministriesInTitles(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token title = tokens.get(i);
            String s = title.text();
            if (!s.endsWith(MINISTER) || title.nature().startsWith("nr")) {
                continue;
            }
            int first = i;
            if (s.equals(MINISTER) && i > 0 && isMinistryStem(tokens.get(i - 1), title)) {
                first = i - 1; // 内务|部长
                s = tokens.get(first).text() + s;
            }
            String ministry = s.substring(0, s.length() - 1);
            int place = placeNames.knownPlacePrefix(ministry);
            if (!organisationNames.isOrgan(ministry)
                    && (place == 0 || !organisationNames.isOrgan(ministry.substring(place)))) {
                continue;
            }
            Token head = tokens.get(first);
            int start = first > 0 && placeNames.isCountryBefore(tokens.get(first - 1), head)
                    ? tokens.get(first - 1).start()
                    : head.start();
            int end = head.start() + ministry.length();
            out.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end), start, end));
        }
    }

    /** A noun written right before a bare 部长 that may name the ministry (内务|部长; not 中联部|部长, 代理|部长). */
    private static boolean isMinistryStem(Token stem, Token title) {
        return stem.end() == title.start()
                && stem.nature().startsWith("n")
                && !stem.nature().startsWith("nr")
                && !stem.text().endsWith("部");
    }

    /**
     * A news agency named as a source (据朝中社报道, 共同社照片, 据路透社电): a short word ending in 社 after 据 or
     * before what an agency sends.
     */
    private void newsAgencies(List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = t.text();
            if (s.length() < 3
                    || s.length() > MAX_AGENCY_LENGTH
                    || !s.endsWith("社")
                    || !t.nature().startsWith("n") && !t.nature().equals("j")) {
                continue;
            }
            boolean cited = i > 0 && tokens.get(i - 1).text().equals("据");
            boolean sends = i + 1 < tokens.size()
                    && AGENCY_WORDS.contains(tokens.get(i + 1).text());
            if (cited || sends) {
                out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            }
        }
    }

    /**
     * A national body's full name from 中国 (or 全国, 中华) to its 会, across the words a name of that kind joins
     * (中国物流与采购联合会, 中国对外承包工程商会, 中国产业用纺织品协会党委): nouns, 与 and 和, 用, 对外.
     */
    private void nationalBodies(String text, List<Token> tokens, List<Mention> out) {
        for (int j = 0; j < tokens.size(); j++) {
            if (!organisationNames.isNationalPrefix(tokens.get(j).text())) {
                continue;
            }
            for (int i = j + 1; i < tokens.size() && i <= j + MAX_BODY_TOKENS; i++) {
                Token t = tokens.get(i);
                if (t.end() - tokens.get(j).start() > OrganisationNames.MAX_ORGANISATION_LENGTH) {
                    break;
                }
                if (i > j + 1 && isBodyHead(t)) {
                    int start = tokens.get(j).start();
                    out.add(new Mention(EntityType.ORGANIZATION, text.substring(start, t.end()), start, t.end()));
                    break;
                }
                if (!isBodyNameWord(t)) {
                    break;
                }
            }
        }
    }

    /** A body's head: an organisation suffix ending in 会 (协会, 联合会, 商会; not 社会, 博览会), or its 党委. */
    private boolean isBodyHead(Token t) {
        String s = t.text();
        return (s.endsWith("会") || s.endsWith("会党委")) && organisationNames.endsWithOrganisationSuffix(s);
    }

    private static boolean isBodyNameWord(Token t) {
        String n = t.nature();
        return BODY_JOINERS.contains(t.text())
                || n.equals("n")
                || n.equals("vn")
                || n.equals("nz")
                || n.equals("nw")
                || n.equals("j")
                || n.equals("b");
    }
}
