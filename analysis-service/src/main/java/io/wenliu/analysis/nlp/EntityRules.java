package io.wenliu.analysis.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Rule layer over the tagger: organisation-suffix spans, place splitting, abbreviations and junk filters. */
public final class EntityRules {
    private final NameLists names;

    public EntityRules(NameLists names) {
        this.names = names;
    }

    /** Maps an ansj nature tag to an entity type, or null. */
    static EntityType typeOf(String nature) {
        if (nature.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (nature.startsWith("ns")) {
            return EntityType.LOCATION;
        }
        if (nature.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    /** The mentions of a tokenised text: non-overlapping, longest first where they compete, in text order. */
    List<Mention> apply(String text, List<Token> tokens) {
        List<Mention> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenMentions(tokens, i, candidates);
        }
        candidates.removeAll(unconfirmedShortNames(tokens, candidates));
        organisationSpans(text, tokens, candidates);
        countryOrganisations(text, tokens, candidates);
        abbreviations(tokens, candidates);
        placesInLists(tokens, candidates);
        EnumeratedOrganisations.apply(tokens, candidates);
        return resolveOverlaps(candidates);
    }

    private void tokenMentions(List<Token> tokens, int i, List<Mention> out) {
        Token t = tokens.get(i);
        String n = t.nature();
        String s = t.text();
        EntityType listed = names.typeOf(s);
        if (listed != null) {
            out.add(new Mention(listed, s, t.start(), t.end()));
            return;
        }
        if (names.isBlocked(s)) {
            return;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean titleAfter = next != null && names.isPersonTitle(next.text());
        if (s.length() == 1 && titleAfter && names.isSurname(s.charAt(0)) && n.startsWith("nr")) {
            out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            return;
        }
        if (n.startsWith("nt")
                && s.length() >= 3
                && !names.endsWithOrganisationSuffix(s)
                && NameLists.ORGANISATION_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0
                && (titleAfter || (prev != null && names.isPersonTitle(prev.text())))) {
            out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            return;
        }
        if (s.length() == 1 && n.equals("j") && NameLists.STANDALONE_ABBREVIATIONS.indexOf(s.charAt(0)) >= 0) {
            out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
            return;
        }
        String team = names.teamPlace(s);
        if (team != null) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        String person = names.personBeforeDoctrine(s);
        if (person != null) {
            out.add(new Mention(EntityType.PERSON, person, t.start(), t.start() + person.length()));
            return;
        }
        if ((n.startsWith("nt") || n.equals("nw") || n.equals("nz"))
                && s.length() >= 4
                && names.endsWithFacilitySuffix(s)) {
            out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
            return;
        }
        if (s.startsWith("中华") && s.length() == 4 && n.startsWith("n") && !n.startsWith("nt")) {
            out.add(new Mention(EntityType.LOCATION, "中华", t.start(), t.start() + 2));
            return;
        }
        if (n.startsWith("n")
                && !n.startsWith("nr")
                && !n.startsWith("ns")
                && names.isOrgan(s)
                && NameLists.STANDALONE_ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        if (n.startsWith("nr")) {
            if (s.length() == 3
                    && NameLists.PLACE_PREPOSITIONS.indexOf(s.charAt(0)) >= 0
                    && names.isKnownPlace(s.substring(1))) {
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
            } else if (names.isPlausiblePerson(s, n)) {
                out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            }
        } else if (n.startsWith("ns")) {
            if (s.length() >= 2) {
                splitPlaces(s, t.start(), out);
            }
        } else if ((n.equals("nw")
                        || (n.startsWith("nt") && NameLists.ORGANISATION_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0))
                && !names.endsWithOrganisationSuffix(s)
                && !names.endsWithPlaceSuffix(s)
                && names.leadingPlace(s) > 0) {
            int p = names.leadingPlace(s);
            out.add(new Mention(EntityType.LOCATION, s.substring(0, p), t.start(), t.start() + p));
        } else if (n.startsWith("nt")) {
            if (names.endsWithPlaceSuffix(s) && !names.endsWithOrganisationSuffix(s)) {
                splitPlaces(s, t.start(), out);
            } else if (s.length() >= 2 && !names.isGeneric(s) && !names.startsWithVerb(s)) {
                addOrganisation(s, t.start(), out);
            }
        } else if (n.equals("nw") || n.equals("nz")) {
            if (names.endsWithOrganisationSuffix(s) && s.length() >= 4 && !names.hasGenericHead(s)) {
                addOrganisation(s, t.start(), out);
            } else if (names.endsWithPlaceSuffix(s) && s.length() >= 3) {
                splitPlaces(s, t.start(), out);
            }
        }
    }

    /**
     * Two-character person names (surname + one character) are often mis-tagged words (严标, 温仪); keep one only
     * with one of the most common surnames or when some mention stands next to a title or another name (记者林晖).
     */
    private List<Mention> unconfirmedShortNames(List<Token> tokens, List<Mention> candidates) {
        java.util.Set<String> confirmed = new java.util.HashSet<>();
        java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            index.put(tokens.get(i).start(), i);
        }
        List<Mention> shortNames = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.type() != EntityType.PERSON || m.length() != 2) {
                continue;
            }
            shortNames.add(m);
            Integer i = index.get(m.start());
            if (i == null || names.hasCommonSurname(m.text()) || names.isTransliteration(m.text())) {
                confirmed.add(m.text());
                continue;
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if ((prev != null && (names.isTitle(prev.text()) || prev.nature().startsWith("nr")))
                    || (next != null
                            && (names.isNameFollower(next.text())
                                    || next.nature().startsWith("nr")))) {
                confirmed.add(m.text());
            }
        }
        shortNames.removeIf(m -> confirmed.contains(m.text()));
        return shortNames;
    }

    /** Splits a place chain (太平镇庆乐村幸福屯, 湖北省武汉市) after each inner administrative suffix. */
    private void splitPlaces(String s, int start, List<Mention> out) {
        if (s.endsWith("地区") && s.length() >= 4) {
            s = s.substring(0, s.length() - 2);
        }
        int from = 0;
        int prefix = names.knownPlacePrefix(s);
        if (prefix > 0 && (names.endsWithPlaceSuffix(s) || names.isKnownPlace(s.substring(prefix)))) {
            out.add(new Mention(EntityType.LOCATION, s.substring(0, prefix), start, start + prefix));
            from = prefix;
        }
        for (int i = from + 1; i < s.length() - 2; i++) {
            if (NameLists.CHAIN_SUFFIXES.indexOf(s.charAt(i)) >= 0 && i + 1 - from >= 2 && s.length() - i - 1 >= 2) {
                out.add(new Mention(EntityType.LOCATION, s.substring(from, i + 1), start + from, start + i + 1));
                from = i + 1;
            }
        }
        out.add(new Mention(EntityType.LOCATION, s.substring(from), start + from, start + s.length()));
    }

    /** Extends organisation suffixes (党委, 协会, 公司, 医院, ...) leftwards over name-like tokens. */
    private void organisationSpans(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token suffix = tokens.get(i);
            boolean facility = names.endsWithFacilitySuffix(suffix.text());
            if ((!facility && !names.endsWithOrganisationSuffix(suffix.text())) || names.isBlocked(suffix.text())) {
                continue;
            }
            int j = i;
            boolean proper = names.isProperOrganisationToken(suffix);
            boolean company = names.isCompanySuffix(suffix.text());
            while (j > 0) {
                Token left = tokens.get(j - 1);
                boolean nameLike =
                        names.isNameLike(left) || (company && left.nature().startsWith("nr"));
                if (!nameLike || suffix.end() - left.start() > NameLists.MAX_ORGANISATION_LENGTH) {
                    break;
                }
                proper |= names.isProperOrganisationToken(left) || left.nature().startsWith("nr");
                j--;
            }
            while (j < i && tokens.get(j).nature().startsWith("v")) {
                j++;
            }
            if (j < i && proper && !names.hasGenericHead(tokens.get(j).text())) {
                int start = tokens.get(j).start();
                if (facility) {
                    out.add(new Mention(EntityType.LOCATION, text.substring(start, suffix.end()), start, suffix.end()));
                } else {
                    addOrganisation(text.substring(start, suffix.end()), start, out);
                }
            }
        }
    }

    /** A country written right before an organisation belongs to its name (中国全国政协, 美国代表团, 中国田协). */
    private void countryOrganisations(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token country = tokens.get(i);
            Token org = tokens.get(i + 1);
            if (!country.nature().startsWith("ns")
                    || !names.isCountry(country.text())
                    || country.end() != org.start()) {
                continue;
            }
            boolean organisation = names.typeOf(org.text()) == EntityType.ORGANIZATION
                    || (org.nature().startsWith("nt") && !names.isGeneric(org.text()))
                    || (org.nature().equals("j")
                            && org.text().length() >= 2
                            && NameLists.ORGANISATION_ENDINGS.indexOf(
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

    /** Adds an organisation; a place written before another place (山西|晋城富士康…) becomes a separate LOCATION. */
    private void addOrganisation(String s, int start, List<Mention> out) {
        int first = names.knownPlacePrefix(s);
        if (first > 0
                && !names.isNationalPrefix(s.substring(0, first))
                && names.knownPlacePrefix(s.substring(first)) > 0) {
            out.add(new Mention(EntityType.LOCATION, s.substring(0, first), start, start + first));
            out.add(new Mention(EntityType.ORGANIZATION, s.substring(first), start + first, start + s.length()));
        } else {
            out.add(new Mention(EntityType.ORGANIZATION, s, start, start + s.length()));
        }
    }

    /** Places the tagger missed inside a list of places (吉林辽源、湖南岳阳). */
    private void placesInLists(List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.nature().startsWith("ns") || t.text().length() < 2 || !names.isKnownPlace(t.text())) {
                continue;
            }
            boolean prevPlace = i > 0 && tokens.get(i - 1).nature().startsWith("ns");
            boolean nextPlace =
                    i + 1 < tokens.size() && tokens.get(i + 1).nature().startsWith("ns");
            boolean listed = i > 1
                    && tokens.get(i - 1).text().equals("、")
                    && tokens.get(i - 2).nature().startsWith("ns");
            if (prevPlace || nextPlace || listed) {
                out.add(new Mention(EntityType.LOCATION, t.text(), t.start(), t.end()));
            }
        }
    }

    /** One-character abbreviations in pairs (中美, 中俄) and after visit verbs (访华, 来京). */
    private void abbreviations(List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = t.text();
            if (s.length() == 2
                    && NameLists.VISIT_VERBS.indexOf(s.charAt(0)) >= 0
                    && NameLists.VISITED.indexOf(s.charAt(1)) >= 0) {
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
                continue;
            }
            if (s.length() == 2
                    && isAbbreviation(s.charAt(0))
                    && isAbbreviation(s.charAt(1))
                    && (s.charAt(0) == '中' || s.charAt(1) == '中' || t.nature().equals("j"))) {
                out.add(new Mention(EntityType.LOCATION, s.substring(0, 1), t.start(), t.start() + 1));
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
                continue;
            }
            if (s.equals("中")
                    && i + 2 < tokens.size()
                    && tokens.get(i + 1).text().equals("、")
                    && tokens.get(i + 2).nature().equals("j")
                    && tokens.get(i + 2).text().length() == 1
                    && isAbbreviation(tokens.get(i + 2).text().charAt(0))) {
                out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
                continue;
            }
            if (s.length() == 1 && isAbbreviation(s.charAt(0)) && i + 1 < tokens.size()) {
                Token next = tokens.get(i + 1);
                if (next.text().length() == 1
                        && isAbbreviation(next.text().charAt(0))
                        && (s.charAt(0) == '中'
                                || next.nature().equals("j")
                                || t.nature().equals("j"))) {
                    out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
                    out.add(new Mention(EntityType.LOCATION, next.text(), next.start(), next.end()));
                    i++;
                }
            }
        }
    }

    private static boolean isAbbreviation(char c) {
        return NameLists.COUNTRY_ABBREVIATIONS.indexOf(c) >= 0;
    }

    /** Keeps the longest mention where mentions overlap (earlier start wins ties). */
    private static List<Mention> resolveOverlaps(List<Mention> candidates) {
        List<Mention> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Mention::length).reversed().thenComparingInt(Mention::start));
        boolean[] taken =
                new boolean[sorted.stream().mapToInt(Mention::end).max().orElse(0) + 1];
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            boolean free = true;
            for (int k = m.start(); k < m.end(); k++) {
                if (taken[k]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                for (int k = m.start(); k < m.end(); k++) {
                    taken[k] = true;
                }
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
