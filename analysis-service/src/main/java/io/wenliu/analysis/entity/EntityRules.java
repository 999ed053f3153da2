package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ansj.library.DATDictionary;

/** Rule layer over the tagger: organisation-suffix spans, place splitting, abbreviations and junk filters. */
public final class EntityRules {
    private static final String TEAM = "队";
    /** The copula, a word of its own before a name (这是|陶琳的书), never the first half of a longer word. */
    private static final String COPULA = "是";

    private final Gazetteer gazetteer;
    private final PersonNames people;
    private final PlaceNames placeNames;
    private final OrganisationNames organisationNames;
    private final OrganisationRules organisations;
    private final CuedOrganisations cuedOrganisations;
    private final PlaceRules places;

    public EntityRules(NameLists names) {
        this.gazetteer = names.gazetteer();
        this.people = names.people();
        this.placeNames = names.places();
        this.organisationNames = names.organisations();
        this.organisations = new OrganisationRules(names);
        this.cuedOrganisations = new CuedOrganisations(names);
        this.places = new PlaceRules(names);
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
        int[] tokenAt = tokenAtStart(tokens);
        candidates.removeAll(new HashSet<>(unconfirmedShortNames(tokens, tokenAt, candidates)));
        organisations.spans(text, tokens, candidates);
        organisations.countryOrganisations(text, tokens, candidates);
        cuedOrganisations.apply(text, tokens, candidates);
        PublicationTitles.apply(text, tokens, candidates);
        places.abbreviations(tokens, candidates);
        places.placesInLists(tokens, candidates);
        EnumeratedNames.apply(tokens, candidates);
        organisations.subUnits(tokens, tokenAt, candidates);
        return sameNameSameType(tokens, MentionOverlaps.resolve(candidates));
    }

    /**
     * One sense per text: a word recognised once as an organisation name of three or more characters (眉州东坡 in a
     * list of companies) is that organisation wherever else it stands as a whole word (眉州东坡负责人).
     */
    private static List<Mention> sameNameSameType(List<Token> tokens, List<Mention> mentions) {
        Set<String> organisations = new HashSet<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.length() >= 3) {
                organisations.add(m.text());
            }
        }
        if (organisations.isEmpty()) {
            return mentions;
        }
        List<Mention> more = new ArrayList<>(mentions);
        boolean changed = false;
        for (Token t : tokens) {
            if (organisations.contains(t.text())) {
                // the organisation replaces what was read into the same word (金太阳 as a person), not longer names
                changed |= more.removeIf(
                        m -> m.type() != EntityType.ORGANIZATION && m.start() >= t.start() && m.end() <= t.end());
                changed |= more.add(new Mention(EntityType.ORGANIZATION, t.text(), t.start(), t.end()));
            }
        }
        return changed ? MentionOverlaps.resolve(more) : mentions;
    }

    /**
     * Whether a new word could be a bare name: letters only, no organisation or place ending, not a known place, and
     * not a Chinese name with more read into it.
     */
    private boolean isNameOnly(String s) {
        return s.length() >= 2
                && s.length() <= 6
                && s.chars().allMatch(Character::isLetter)
                && !organisationNames.hasOrganisationEnding(s)
                && !placeNames.endsWithPlaceSuffix(s)
                && !placeNames.isKnownPlace(s)
                && (s.length() <= PersonNames.MAX_CHINESE_NAME
                        || !people.isSurname(s.charAt(0))); // 高小燕组织: a name, a verb
    }

    private void tokenMentions(List<Token> tokens, int i, List<Mention> out) {
        Token t = tokens.get(i);
        String n = t.nature();
        String s = t.text();
        EntityType listed = gazetteer.typeOf(s);
        if (listed != null) {
            out.add(new Mention(listed, s, t.start(), t.end()));
            return;
        }
        if (gazetteer.isBlocked(s)) {
            return;
        }
        Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Token prev = i > 0 ? tokens.get(i - 1) : null;
        boolean titleAfter = next != null && people.isPersonTitle(next.text());
        if (s.length() == 1 && titleAfter && people.isSurname(s.charAt(0)) && n.startsWith("nr")) {
            out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            return;
        }
        boolean besideTitle = titleAfter || (prev != null && people.isPersonTitle(prev.text()));
        if (n.startsWith("nt") && s.length() >= 3 && !organisationNames.hasOrganisationEnding(s) && besideTitle) {
            out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            return;
        }
        if (s.length() == 1 && n.equals("j") && PlaceNames.STANDALONE_ABBREVIATIONS.contains(s.charAt(0))) {
            out.add(new Mention(EntityType.LOCATION, s, t.start(), t.end()));
            return;
        }
        String team = placeNames.teamPlace(s);
        if (team != null) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        String person = people.personBeforeDoctrine(s);
        if (person != null) {
            out.add(new Mention(EntityType.PERSON, person, t.start(), t.start() + person.length()));
            return;
        }
        if ((n.startsWith("nt") || n.equals("nw") || n.equals("nz"))
                && s.length() >= 4
                && placeNames.endsWithFacilitySuffix(s)) {
            places.facility(s, t.start(), out);
            return;
        }
        if ((n.equals("nw") || n.equals("nz")) && (people.isForeignName(s) || (besideTitle && isNameOnly(s)))) {
            // 差猜·春哈旺; 首相|桥本龙太郎, 库马拉通加|总统: a new word beside a title
            out.add(new Mention(EntityType.PERSON, s, t.start(), t.end()));
            return;
        }
        if ((n.equals("nw") || n.equals("nz")) && s.length() >= 4 && organisationNames.endsWithBodyHead(s)) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        if (n.equals("nw") && s.length() >= 3 && s.endsWith(TEAM)) {
            // a new word ending in 队 is a club's or a team's name: 全兴队, 海狮队, 八一队
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        String named = n.equals("nw") ? organisationNames.nameBeforeOrganisationWord(s) : null;
        if (named != null && !people.looksLikeChineseName(named)) {
            // 北约组织, 世界气象组织; not 高小燕组织, where 组织 is the verb after a person; 共|世卫组织: a stray
            // character read into a listed name is left out
            int from = gazetteer.typeOf(s.substring(1)) == EntityType.ORGANIZATION ? 1 : 0;
            out.add(new Mention(EntityType.ORGANIZATION, s.substring(from), t.start() + from, t.end()));
            return;
        }
        if (s.startsWith("中华") && s.length() == 4 && n.startsWith("n") && !n.startsWith("nt")) {
            out.add(new Mention(EntityType.LOCATION, "中华", t.start(), t.start() + 2));
            return;
        }
        if (n.startsWith("n")
                && !n.startsWith("nr")
                && !n.startsWith("ns")
                && organisationNames.isOrgan(s)
                && OrganisationNames.STANDALONE_ORGAN_ENDINGS.contains(s.charAt(s.length() - 1))) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        if ((n.startsWith("n") || n.equals("j"))
                && !n.startsWith("nr")
                && organisationNames.isOrganisationAbbreviation(s)) {
            out.add(new Mention(EntityType.ORGANIZATION, s, t.start(), t.end()));
            return;
        }
        if (n.startsWith("ns") && placeNames.isCommonWordWithPlaceSuffix(s)) {
            return;
        }
        if (n.startsWith("nr")) {
            if (s.length() == 3
                    && PlaceNames.PLACE_PREPOSITIONS.contains(s.charAt(0))
                    && placeNames.isKnownPlace(s.substring(1))) {
                out.add(new Mention(EntityType.LOCATION, s.substring(1), t.start() + 1, t.end()));
            } else if (s.length() >= 3 && placeNames.endsWithPlaceSuffix(s)) {
                places.splitChain(s, t.start(), out); // 玛多县 read as a name
            } else if (next != null && next.start() == t.end() && PlaceNames.isAdministrativeUnit(next.text())) {
                out.add(new Mention(EntityType.LOCATION, s + next.text(), t.start(), next.end())); // 塔科马|市
            } else {
                String name = people.withoutTrailingWord(people.withoutTitle(s));
                boolean surname = name.length() == 1 && s.length() == 2; // 胡|老, 郑|某
                if (surname || people.isPlausiblePerson(name, n)) {
                    out.add(new Mention(EntityType.PERSON, name, t.start(), t.start() + name.length()));
                }
            }
        } else if (n.startsWith("ns")) {
            if (s.length() >= 2) {
                places.splitChain(s, t.start(), out);
            }
        } else if ((n.equals("nw")
                        || (n.startsWith("nt")
                                && !OrganisationNames.ORGANISATION_ENDINGS.contains(s.charAt(s.length() - 1))))
                && !organisationNames.endsWithOrganisationSuffix(s)
                && !placeNames.endsWithPlaceSuffix(s)
                && placeNames.leadingPlace(s) > 0) {
            int p = placeNames.leadingPlace(s);
            out.add(new Mention(EntityType.LOCATION, s.substring(0, p), t.start(), t.start() + p));
        } else if (n.startsWith("nt")) {
            int part = PlaceNames.directionPart(s);
            if (part > 0 && s.length() - part >= 2) {
                places.splitChain(s.substring(0, s.length() - part), t.start(), out); // 美国|西北部: a region
            } else if (placeNames.endsWithPlaceSuffix(s) && !organisationNames.endsWithOrganisationSuffix(s)) {
                places.splitChain(s, t.start(), out);
            } else if (s.length() >= 2 && !organisationNames.isGeneric(s) && !organisationNames.startsWithVerb(s)) {
                organisations.add(s, t.start(), out);
            }
        } else if (n.equals("nw") || n.equals("nz")) {
            if (organisationNames.endsWithOrganisationSuffix(s)
                    && s.length() >= 4
                    && !organisationNames.hasGenericHead(s)) {
                organisations.add(s, t.start(), out);
            } else if (placeNames.endsWithPlaceSuffix(s) && s.length() >= 3) {
                places.splitChain(s, t.start(), out);
            }
        }
    }

    /**
     * Two-character person names (surname + one character) are often mis-tagged words (严标, 温仪); keep one only
     * with one of the most common surnames, a second character that is mostly a given name (柳萍), or when some
     * mention stands next to a title or another name (记者林晖).
     */
    private List<Mention> unconfirmedShortNames(List<Token> tokens, int[] index, List<Mention> candidates) {
        Set<String> confirmed = new HashSet<>();
        List<Mention> shortNames = new ArrayList<>();
        for (Mention m : candidates) {
            if (m.type() != EntityType.PERSON || m.length() != 2) {
                continue;
            }
            shortNames.add(m);
            int i = m.start() >= 0 && m.start() < index.length ? index[m.start()] : -1;
            if (i < 0 || people.hasCommonSurname(m.text()) || people.isTransliteration(m.text())) {
                confirmed.add(m.text());
                continue;
            }
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if ((prev != null && (people.isTitle(prev.text()) || prev.nature().startsWith("nr")))
                    || (next != null
                            && (people.isNameFollower(next.text())
                                    || next.nature().startsWith("nr")))
                    || (people.hasGivenNameShape(m.text()) && !straddlesWords(prev, m, next))) {
                confirmed.add(m.text());
            }
        }
        shortNames.removeIf(m -> confirmed.contains(m.text()));
        return shortNames;
    }

    /**
     * Whether the name's first character makes a word with the character before it, or its last with the one after
     * it (体|温仪, 商登|高速: 体温, 登高): the segmenter chose between two readings, and nothing else says it is a name.
     */
    private static boolean straddlesWords(Token prev, Mention m, Token next) {
        if (prev != null && prev.end() == m.start()) {
            String before = prev.text().substring(prev.text().length() - 1);
            if (isSingleVerb(prev)
                    || DATDictionary.isInSystemDic(before + m.text().charAt(0))) {
                return true;
            }
        }
        return next != null
                && next.start() == m.end()
                && DATDictionary.isInSystemDic(
                        m.text().charAt(m.length() - 1) + next.text().substring(0, 1));
    }

    /** A one-character verb other than the copula, which may have taken the first character of a longer word (测|温仪). */
    private static boolean isSingleVerb(Token t) {
        return t.text().length() == 1 && t.nature().equals("v") && !t.text().equals(COPULA);
    }

    /** For each start offset (the segmenter gives none below 0), the index of the last token starting there, or -1. */
    private static int[] tokenAtStart(List<Token> tokens) {
        int last = -1;
        for (Token t : tokens) {
            last = Math.max(last, t.start());
        }
        int[] index = new int[last + 1];
        Arrays.fill(index, -1);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= 0) {
                index[tokens.get(i).start()] = i;
            }
        }
        return index;
    }
}
