package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/** Organisation spans: suffixes extended leftwards, a country before an organisation, a leading place split off. */
final class OrganisationRules {
    /** How many tokens a sub-unit may add after an organisation (中国共产党|友好|代表团). */
    private static final int MAX_SUB_UNIT_TOKENS = 4;

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
        return OrganisationNames.SUB_UNIT_ENDINGS.contains(s.charAt(s.length() - 1));
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

    /** Whether the token is the 电 that ends a dateline (6月25日电|外交部发言人), not part of a name after it. */
    private static boolean isDatelineMark(List<Token> tokens, int i) {
        return tokens.get(i).text().equals("电")
                && i > 0
                && tokens.get(i - 1).nature().equals("t")
                && tokens.get(i - 1).text().endsWith("日");
    }

    /** Whether a token before an organisation ends the name: a bare head noun before a full name (银行|国民银行). */
    private boolean endsName(Token left, Token head) {
        return head.text().length() > left.text().length()
                && head.nature().startsWith("nt")
                && organisationNames.endsWithOrganisationSuffix(left.text())
                && head.text().endsWith(left.text());
    }

    /** A country written right before an organisation belongs to its name (中国全国政协, 美国代表团, 中国田协). */
    void countryOrganisations(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token country = tokens.get(i);
            Token org = tokens.get(i + 1);
            if (!placeNames.isCountryBefore(country, org)) {
                continue;
            }
            boolean organisation = gazetteer.typeOf(org.text()) == EntityType.ORGANIZATION
                    || (org.nature().startsWith("nt") && !organisationNames.isGeneric(org.text()))
                    || (org.nature().equals("j")
                            && org.text().length() >= 2
                            && OrganisationNames.ORGANISATION_ENDINGS.contains(
                                    org.text().charAt(org.text().length() - 1)));
            if (organisation && !org.text().equals("政府")) {
                out.add(new Mention(
                        EntityType.ORGANIZATION,
                        text.substring(country.start(), org.end()),
                        country.start(),
                        org.end()));
            }
        }
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
