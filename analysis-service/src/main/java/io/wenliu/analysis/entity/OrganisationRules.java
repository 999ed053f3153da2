package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;
import java.util.Set;

/** Organisation spans: suffixes extended leftwards, a country before an organisation, a leading place split off. */
final class OrganisationRules {
    /** How many tokens a sub-unit may add after an organisation (中国共产党|友好|代表团). */
    private static final int MAX_SUB_UNIT_TOKENS = 4;

    private static final int MAX_AGENCY_LENGTH = 4;
    /** How many words a national body's name may hold after 中国 (物流|与|采购|联合会). */
    private static final int MAX_BODY_TOKENS = 6;
    /** Words that join a national body's name but are no nouns: 中国物流与采购联合会, 中国产业用纺织品协会. */
    private static final Set<String> BODY_JOINERS = Set.of("与", "和", "用", "对外");
    /** What follows a news agency's name when it is cited (路透社|报道, 共同社|照片). */
    private static final Set<String> AGENCY_WORDS = Set.of("报道", "消息", "电", "照片", "记者", "援引", "发");
    /** A minister's title: the ministry's name and 长 (财政部长). */
    private static final String MINISTER = "部长";

    private final Gazetteer gazetteer;
    private final PersonNames people;
    private final PlaceNames placeNames;
    private final OrganisationNames organisationNames;

    OrganisationRules(NameLists names) {
        this.gazetteer = names.gazetteer();
        this.people = names.people();
        this.placeNames = names.places();
        this.organisationNames = names.organisations();
    }

    /** Extends organisation suffixes (党委, 协会, 公司, 医院, ...) leftwards over name-like tokens. */
    void spans(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token suffix = tokens.get(i);
            boolean facility = placeNames.endsWithFacilitySuffix(suffix.text());
            if ((!facility && !organisationNames.endsWithOrganisationSuffix(suffix.text()))
                    || gazetteer.isBlocked(suffix.text())) {
                continue;
            }
            int j = i;
            boolean proper = organisationNames.isProperOrganisationToken(suffix);
            boolean company = organisationNames.isCompanySuffix(suffix.text());
            while (j > 0) {
                Token left = tokens.get(j - 1);
                boolean nameLike = (organisationNames.isNameLike(left)
                                || (company && left.nature().startsWith("nr")))
                        && !endsName(left, suffix)
                        && !isDatelineMark(tokens, j - 1);
                if (!nameLike || suffix.end() - left.start() > OrganisationNames.MAX_ORGANISATION_LENGTH) {
                    break;
                }
                proper |= organisationNames.isProperOrganisationToken(left)
                        || left.nature().startsWith("nr");
                j--;
            }
            while (j < i && tokens.get(j).nature().startsWith("v")) {
                j++;
            }
            if (j < i
                    && proper
                    && !organisationNames.hasGenericHead(tokens.get(j).text())) {
                int start = tokens.get(j).start();
                if (facility) {
                    out.add(new Mention(EntityType.LOCATION, text.substring(start, suffix.end()), start, suffix.end()));
                } else {
                    add(text.substring(start, suffix.end()), start, out);
                }
            }
        }
    }

    /**
     * Nested organisations: an organisation followed by modifiers and another organisation head is one name, the
     * maximal span (中央电视台心连心艺术团, 科学技术部农村科技司, 国民党第96军). Titles (部长), verbs, function words
     * and punctuation end the name.
     */
    void subUnits(List<Token> tokens, int[] tokenAt, List<Mention> out) {
        int found = out.size();
        for (int m = 0; m < found; m++) {
            Mention org = out.get(m);
            if (org.type() != EntityType.ORGANIZATION || org.end() >= tokenAt.length || tokenAt[org.end()] < 0) {
                continue;
            }
            int end = -1;
            for (int j = tokenAt[org.end()]; j < tokens.size() && j < tokenAt[org.end()] + MAX_SUB_UNIT_TOKENS; j++) {
                Token t = tokens.get(j);
                if (t.end() - org.start() > OrganisationNames.MAX_ORGANISATION_LENGTH || !isModifier(t)) {
                    break;
                }
                if ((organisationNames.endsWithOrganisationSuffix(t.text())
                                || (isSubUnitHead(t.text()) && !t.nature().startsWith("ns"))) // 新华社|莫斯科
                        && !organisationNames.isGeneric(t.text())) {
                    end = t.end();
                }
            }
            if (end > 0) {
                out.add(new Mention(
                        EntityType.ORGANIZATION, org.text() + textBetween(tokens, org.end(), end), org.start(), end));
            }
        }
    }

    /** Whether a token may stand inside an organisation name after its first part (a noun, an ordinal, a number). */
    private boolean isModifier(Token t) {
        if (people.isTitle(t.text()) || people.isPersonTitle(t.text())) {
            return false;
        }
        String n = t.nature();
        return organisationNames.isNameLike(t) || n.equals("m") || n.equals("a") || n.equals("mq");
    }

    /** A unit of an organisation (科技司, 教导处, 第96|军): only a head after an organisation. */
    private static boolean isSubUnitHead(String s) {
        return OrganisationNames.SUB_UNIT_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String textBetween(List<Token> tokens, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (Token t : tokens) {
            if (t.start() >= from && t.end() <= to) {
                s.append(t.text());
            }
        }
        return s.toString();
    }

    /**
     * A national body's full name from 中国 (or 全国, 中华) to its 会, across the words a name of that kind joins
     * (中国物流与采购联合会, 中国对外承包工程商会, 中国产业用纺织品协会党委): nouns, 与 and 和, 用, 对外.
     */
    void nationalBodies(String text, List<Token> tokens, List<Mention> out) {
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

    /** Whether the token is the 电 that ends a dateline (6月25日电|外交部发言人), not part of a name after it. */
    private static boolean isDatelineMark(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("电")
                && i > 0
                && tokens.get(i - 1).nature().equals("t")
                && tokens.get(i - 1).text().endsWith("日");
    }

    /**
     * A news agency named as a source (据朝中社报道, 共同社照片, 据路透社电): a short word ending in 社 after 据 or
     * before what an agency sends.
     */
    void newsAgencies(List<Token> tokens, List<Mention> out) {
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

    /** Whether a token before an organisation ends the name: a bare head noun before a full name (银行|国民银行). */
    private boolean endsName(Token left, Token head) {
        return head.text().length() > left.text().length()
                && head.nature().startsWith("nt")
                && organisationNames.endsWithOrganisationSuffix(left.text())
                && head.text().endsWith(left.text());
    }

    /**
     * A ministry named in its minister's title is an organisation (外交部长 → 外交部, 芬兰农林部长 → 芬兰农林部), with
     * a country written right before it (美国|财政部长 → 美国财政部). Only an organ's form counts: a known word plus 部.
     */
    void ministriesInTitles(String text, List<Token> tokens, List<Mention> out) {
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
            int start = first > 0 && isCountryBefore(tokens.get(first - 1), head)
                    ? tokens.get(first - 1).start()
                    : head.start();
            int end = head.start() + ministry.length();
            out.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end), start, end));
        }
    }

    /** A country written right before an organisation belongs to its name (中国全国政协, 美国代表团, 中国田协). */
    void countryOrganisations(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token country = tokens.get(i);
            Token org = tokens.get(i + 1);
            if (!isCountryBefore(country, org)) {
                continue;
            }
            boolean organisation = gazetteer.typeOf(org.text()) == EntityType.ORGANIZATION
                    || (org.nature().startsWith("nt") && !organisationNames.isGeneric(org.text()))
                    || (org.nature().equals("j")
                            && org.text().length() >= 2
                            && OrganisationNames.ORGANISATION_ENDINGS.indexOf(
                                            org.text().charAt(org.text().length() - 1))
                                    >= 0);
            if (organisation && !org.text().equals("政府")) {
                out.add(new Mention(
                        EntityType.ORGANIZATION,
                        text.substring(country.start(), org.end()),
                        country.start(),
                        org.end()));
            }
        }
    }

    /** A noun written right before a bare 部长 that may name the ministry (内务|部长; not 中联部|部长, 代理|部长). */
    private static boolean isMinistryStem(Token stem, Token title) {
        return stem.end() == title.start()
                && stem.nature().startsWith("n")
                && !stem.nature().startsWith("nr")
                && !stem.text().endsWith("部");
    }

    private boolean isCountryBefore(Token country, Token next) {
        return country.nature().startsWith("ns")
                && placeNames.isCountry(country.text())
                && country.end() == next.start();
    }

    /** Adds an organisation; a place written before another place (山西|晋城富士康…) becomes a separate LOCATION. */
    void add(String s, int start, List<Mention> out) {
        int first = placeNames.knownPlacePrefix(s);
        if (first > 0
                && !organisationNames.isNationalPrefix(s.substring(0, first))
                && placeNames.knownPlacePrefix(s.substring(first)) > 0) {
            out.add(new Mention(EntityType.LOCATION, s.substring(0, first), start, start + first));
            out.add(new Mention(EntityType.ORGANIZATION, s.substring(first), start + first, start + s.length()));
        } else {
            out.add(new Mention(EntityType.ORGANIZATION, s, start, start + s.length()));
        }
    }
}
