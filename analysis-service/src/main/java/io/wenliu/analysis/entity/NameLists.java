package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Resources;
import io.wenliu.analysis.segment.Token;
import io.wenliu.analysis.segment.WordEndings;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ansj.library.DATDictionary;

/** The word lists behind the entity rules: surnames, suffixes, a gazetteer of well-known names and blockers. */
public final class NameLists {
    /** Classpath resource of the gazetteer: {@code name<TAB>PERSON|LOCATION|ORGANIZATION|NONE}. */
    public static final String GAZETTEER = "entity/entity-gazetteer.tsv";
    /** Classpath resource of the word lists, one section per list. */
    public static final String WORD_LISTS = "entity/word-lists.txt";

    private static final WordLists LISTS = WordLists.load(WORD_LISTS);

    static final int MAX_ORGANISATION_LENGTH = 26;
    /** How many of the surnames (ordered by frequency) count as most common. */
    static final int COMMON_SURNAMES = 59;

    static final String CHAIN_SUFFIXES = LISTS.chars("chain-suffixes");
    static final String COUNTRY_ABBREVIATIONS = LISTS.chars("country-abbreviations");
    /** One-character abbreviations that are places on their own when tagged as abbreviations (日 and 以 are not). */
    static final String STANDALONE_ABBREVIATIONS = LISTS.chars("standalone-abbreviations");
    /** Last characters that make a word an organisation rather than a (mis-tagged) foreign name. */
    static final String ORGANISATION_ENDINGS = LISTS.chars("organisation-endings");
    /** Last characters of the units inside an organisation (科技司, 教导处, 化学系): heads only after an organisation. */
    static final String SUB_UNIT_ENDINGS = LISTS.chars("sub-unit-endings");
    /** Organ endings that make a word an organisation even without a name before it (统计局, 自由党). */
    static final String STANDALONE_ORGAN_ENDINGS = LISTS.chars("standalone-organ-endings");

    static final String PLACE_PREPOSITIONS = LISTS.chars("place-prepositions");
    static final String VISIT_VERBS = LISTS.chars("visit-verbs");
    static final String VISITED = LISTS.chars("visited");

    private static final String SURNAMES = LISTS.chars("surnames");
    private static final List<String> ORGANISATION_SUFFIXES = LISTS.words("organisation-suffixes");
    private static final WordEndings ORGANISATION_SUFFIX_ENDS = WordEndings.of(ORGANISATION_SUFFIXES);
    private static final String QUANTIFIERS = LISTS.chars("quantifiers");
    private static final String CLASSIFIERS = LISTS.chars("classifiers");
    private static final List<String> BUSINESS_SUFFIXES = LISTS.words("business-suffixes");
    private static final String ABBREVIATION_ENDINGS = LISTS.chars("abbreviation-endings");
    private static final String ADMINISTRATIVE_LEVELS = LISTS.chars("administrative-levels");
    private static final List<String> TITLE_SUFFIXES = LISTS.words("title-suffixes");
    private static final WordEndings TITLE_SUFFIX_ENDS = WordEndings.of(TITLE_SUFFIXES);
    private static final Set<String> NAME_FOLLOWERS = Set.copyOf(LISTS.words("name-followers"));
    private static final Set<String> PERSON_TITLES = Set.copyOf(LISTS.words("person-titles"));
    private static final List<String> TEAM_SUFFIXES = LISTS.words("team-suffixes");
    private static final WordEndings TEAM_SUFFIX_ENDS = WordEndings.of(TEAM_SUFFIXES);
    private static final List<String> DOCTRINES = LISTS.words("doctrines");
    private static final WordEndings DOCTRINE_ENDS = WordEndings.of(DOCTRINES);
    private static final List<String> FACILITY_SUFFIXES = LISTS.words("facility-suffixes");
    private static final WordEndings FACILITY_SUFFIX_ENDS = WordEndings.of(FACILITY_SUFFIXES);
    /** Place names that are far more often ordinary words (和平 peace, 公安 police). */
    private static final Set<String> AMBIGUOUS_PLACES = Set.copyOf(LISTS.words("ambiguous-places"));

    private static final String TRANSLITERATION = LISTS.chars("transliteration");
    private static final Set<String> COUNTRIES = Set.copyOf(LISTS.words("countries"));
    private static final String ORGAN_ENDINGS = LISTS.chars("organ-endings");
    private static final Set<String> NOT_ORGAN_STEMS = Set.copyOf(LISTS.words("not-organ-stems"));
    private static final List<String> GENERIC_HEADS = LISTS.words("generic-heads");
    private static final String FACILITY_ENDINGS = LISTS.chars("facility-endings");
    private static final String SINGLE_SUFFIXES = LISTS.chars("single-suffixes");
    private static final List<String> PLACE_SUFFIXES = LISTS.words("place-suffixes");
    private static final WordEndings PLACE_SUFFIX_ENDS = WordEndings.of(PLACE_SUFFIXES);
    private static final Set<String> PROPER_PREFIXES = Set.copyOf(LISTS.words("proper-prefixes"));
    private static final Set<String> NOT_NAME_LIKE = Set.copyOf(LISTS.words("not-name-like"));

    private final Map<String, EntityType> types;
    private final Set<String> blocked;

    private NameLists(Map<String, String> gazetteer) {
        Map<String, EntityType> typed = new HashMap<>();
        Set<String> none = new HashSet<>();
        for (Map.Entry<String, String> e : gazetteer.entrySet()) {
            if (e.getValue().equals("NONE")) {
                none.add(e.getKey());
            } else {
                typed.put(e.getKey(), EntityType.valueOf(e.getValue()));
            }
        }
        this.types = Map.copyOf(typed);
        this.blocked = Set.copyOf(none);
    }

    /** Loads the shipped gazetteer. */
    public static NameLists load() {
        Map<String, String> map = new HashMap<>();
        for (String line : Resources.lines(GAZETTEER)) {
            String[] parts = line.split("\t");
            if (parts.length == 2) {
                map.put(parts[0].trim(), parts[1].trim());
            }
        }
        return new NameLists(Map.copyOf(map));
    }

    /** The gazetteer type of a whole token, or null (also null for blocked strings). */
    EntityType typeOf(String s) {
        return types.get(s);
    }

    /** Whether the string is listed as never an entity. */
    boolean isBlocked(String s) {
        return blocked.contains(s);
    }

    /** Whether a token tagged as a person name looks like one (surname first, sensible length, not blocked). */
    boolean isPlausiblePerson(String s, String nature) {
        if (isBlocked(s) || s.length() < 2) {
            return false;
        }
        if (nature.equals("nrf")) {
            return s.chars().noneMatch(Character::isDigit);
        }
        if (FACILITY_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return false;
        }
        if (SURNAMES.indexOf(s.charAt(0)) >= 0) {
            return s.length() <= 4;
        }
        return s.length() <= 8;
    }

    /** For a national team name (巴西队, 中国女队), the place it is named after; otherwise null. */
    String teamPlace(String s) {
        if (!TEAM_SUFFIX_ENDS.mayEnd(s)) {
            return null;
        }
        for (String suffix : TEAM_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                String place = s.substring(0, s.length() - suffix.length());
                if (isKnownPlace(place)) {
                    return place;
                }
            }
        }
        return null;
    }

    /** For 邓小平理论 / 毛泽东思想, the person's name; otherwise null. */
    String personBeforeDoctrine(String s) {
        if (!DOCTRINE_ENDS.mayEnd(s)) {
            return null;
        }
        for (String suffix : DOCTRINES) {
            int nameLength = s.length() - suffix.length();
            if (s.endsWith(suffix) && nameLength >= 2 && nameLength <= 3 && SURNAMES.indexOf(s.charAt(0)) >= 0) {
                return s.substring(0, nameLength);
            }
        }
        return null;
    }

    /** Whether the string is a national prefix that belongs to organisation names (中国, 全国, 中华). */
    boolean isNationalPrefix(String s) {
        return PROPER_PREFIXES.contains(s);
    }

    /** Length of a known place name (2-3 chars) at the start of s, leaving at least 2 chars; 0 if none. */
    int knownPlacePrefix(String s) {
        for (int len = 3; len >= 2; len--) {
            if (s.length() - len >= 2 && isKnownPlace(s.substring(0, len))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the string starts with a two-character verb of the library dictionary (推动协会: a tagging slip). */
    boolean startsWithVerb(String s) {
        return s.length() >= 4 && "v".equals(bestNature(s.substring(0, 2)));
    }

    /** Length of a known place (2-4 chars) opening a longer guessed word (美国宇航员, 呼和浩特多云); 0 if none. */
    int leadingPlace(String s) {
        for (int len = Math.min(4, s.length() - 2); len >= 2; len--) {
            String place = s.substring(0, len);
            if (isKnownPlace(place) && !AMBIGUOUS_PLACES.contains(place) && !isKnownPlace(s.substring(len))) {
                return len;
            }
        }
        return 0;
    }

    /** Whether the place is a country (…国, or one of the countries not ending in 国). */
    boolean isCountry(String s) {
        return (s.endsWith("国") && s.length() >= 2 && !s.equals("全国")) || COUNTRIES.contains(s);
    }

    /** Whether the string is a place: listed as one, or tagged ns in the library dictionary. */
    boolean isKnownPlace(String s) {
        return typeOf(s) == EntityType.LOCATION || inDictionaryAs(s, EntityType.LOCATION);
    }

    /** Whether the gazetteer or the segmenter's core dictionary knows the string as a name of this type. */
    boolean isKnownAs(String s, EntityType type) {
        EntityType listed = typeOf(s);
        return listed != null ? listed == type : inDictionaryAs(s, type);
    }

    /** Whether the segmenter's core dictionary tags the string with a nature of this type (nr, ns, nt…). */
    private static boolean inDictionaryAs(String s, EntityType type) {
        org.ansj.domain.AnsjItem item = DATDictionary.getItem(s);
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return false;
        }
        for (org.ansj.domain.TermNature nature : item.termNatures.termNatures) {
            if (EntityRules.typeOf(nature.nature.natureStr) == type) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name starts with one of the most common surnames (王, 李, 张 … 范). */
    boolean hasCommonSurname(String s) {
        int i = SURNAMES.indexOf(s.charAt(0));
        return i >= 0 && i < COMMON_SURNAMES;
    }

    /** Whether the suffix is a business's (…公司, …集团, …超市): their names may contain person-like words (新锋). */
    boolean isCompanySuffix(String s) {
        for (String suffix : BUSINESS_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is an abbreviated organ name: places or national prefixes before a two- or three-character
     * abbreviation ending in 委/联/协/办 (山西省残联, 中国国家教委, 国家语委) or an organ (国家环保局), an
     * administrative level with 委 (省委,
     * 区委), or 中 + one character + 部 (中组部, 中联部).
     */
    boolean isOrganisationAbbreviation(String s) {
        if (s.length() < 2
                || (ABBREVIATION_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0
                        && ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0)) {
            return false;
        }
        if (s.length() == 3 && s.charAt(0) == '中' && s.endsWith("部")) {
            return "东西南北上下".indexOf(s.charAt(1)) < 0;
        }
        if (s.length() == 2) {
            return ADMINISTRATIVE_LEVELS.indexOf(s.charAt(0)) >= 0 && s.charAt(1) == '委';
        }
        int from = 0;
        while (s.length() - from > 3) {
            int prefix = s.length() - from >= 4 && PROPER_PREFIXES.contains(s.substring(from, from + 2))
                    ? 2
                    : knownPlacePrefix(s.substring(from));
            if (prefix == 0) {
                return false;
            }
            from += prefix;
        }
        String rest = s.substring(from);
        boolean abbreviation = (rest.length() == 2 || rest.length() == 3)
                && ABBREVIATION_ENDINGS.indexOf(rest.charAt(rest.length() - 1)) >= 0
                && !isKnownPlace(rest);
        return from > 0 && (abbreviation || isOrgan(rest));
    }

    /** Whether a place-like word is a common verb with a place suffix (作业区, 开发区): not a name. */
    boolean isCommonWordWithPlaceSuffix(String s) {
        if (s.length() != 3 || CHAIN_SUFFIXES.indexOf(s.charAt(2)) < 0) {
            return false;
        }
        String best = bestNature(s.substring(0, 2));
        return best != null && (best.equals("v") || best.equals("vn"));
    }

    /** The most frequent nature of a word in the core dictionary, or null. */
    private static String bestNature(String word) {
        org.ansj.domain.AnsjItem item = DATDictionary.getItem(word);
        if (item == null || item.termNatures == null || item.termNatures.termNatures == null) {
            return null;
        }
        org.ansj.domain.TermNature best = null;
        for (org.ansj.domain.TermNature nature : item.termNatures.termNatures) {
            if (best == null || nature.frequency > best.frequency) {
                best = nature;
            }
        }
        return best == null ? null : best.nature.natureStr;
    }

    /** Whether the span starts with a generic noun (街道党工委, 企业党委): an organ without a name. */
    boolean hasGenericHead(String s) {
        for (String head : GENERIC_HEADS) {
            if (s.startsWith(head)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every character is one used to transliterate foreign names (琼斯, 拉宾). */
    boolean isTransliteration(String s) {
        return s.chars().allMatch(c -> TRANSLITERATION.indexOf(c) >= 0);
    }

    /** Whether a word is a title or role that stands before a person's name (记者, 书记, 队长). */
    boolean isTitle(String s) {
        if (!TITLE_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : TITLE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a title written right after a surname or a name (李老师, 陈小姐, 基里延科总理). */
    boolean isPersonTitle(String s) {
        return PERSON_TITLES.contains(s);
    }

    /** Whether the character is a surname. */
    boolean isSurname(char c) {
        return SURNAMES.indexOf(c) >= 0;
    }

    /** Whether a word typically follows a person's name (说, 表示, 摄, 同志). */
    boolean isNameFollower(String s) {
        return NAME_FOLLOWERS.contains(s) || isTitle(s);
    }

    /** Whether an organisation-tagged string is a generic noun rather than a name. */
    boolean isGeneric(String s) {
        return isBlocked(s);
    }

    /** Whether the token ends like an organisation name. */
    boolean endsWithOrganisationSuffix(String s) {
        if (ORGANISATION_SUFFIX_ENDS.mayEnd(s)) {
            for (String suffix : ORGANISATION_SUFFIXES) {
                if (s.endsWith(suffix)) {
                    return true;
                }
            }
        }
        return (s.length() == 1 && SINGLE_SUFFIXES.indexOf(s.charAt(0)) >= 0) || isOrgan(s);
    }

    /** Whether the string ends like a named facility (机场, 大厦, 美术馆), annotated as a place. */
    boolean endsWithFacilitySuffix(String s) {
        if (!FACILITY_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : FACILITY_SUFFIXES) {
            if (s.endsWith(suffix) && s.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a government organ or party by form: a known word plus 部/局/署/委/厅/党 (内政部, 统计局). */
    boolean isOrgan(String s) {
        if (s.length() < 3 || s.length() > 5 || ORGAN_ENDINGS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        String stem = s.substring(0, s.length() - 1);
        return DATDictionary.isInSystemDic(stem) && !isBlocked(s) && !NOT_ORGAN_STEMS.contains(stem);
    }

    /** Whether the string ends like a place name. */
    boolean endsWithPlaceSuffix(String s) {
        if (!PLACE_SUFFIX_ENDS.mayEnd(s)) {
            return false;
        }
        for (String suffix : PLACE_SUFFIXES) {
            if (s.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a token may be part of an organisation name (not a count or a pointer: 一家, 这所). */
    boolean isNameLike(Token t) {
        String n = t.nature();
        String s = t.text();
        if (NOT_NAME_LIKE.contains(s) || isBlocked(s)) {
            return false;
        }
        if (s.length() == 2 && QUANTIFIERS.indexOf(s.charAt(0)) >= 0 && CLASSIFIERS.indexOf(s.charAt(1)) >= 0) {
            return false;
        }
        return n.startsWith("ns")
                || n.startsWith("nt")
                || n.equals("nw")
                || n.equals("nz")
                || n.equals("n")
                || n.equals("j")
                || n.equals("nrf")
                || n.equals("vn")
                || n.equals("b")
                || n.equals("gi")
                || n.equals("en")
                || n.equals("nis");
    }

    /** Whether a token makes an organisation span a proper name rather than a generic noun phrase. */
    boolean isProperOrganisationToken(Token t) {
        String n = t.nature();
        if (n.startsWith("ns")
                || n.startsWith("nt")
                || n.equals("nw")
                || n.equals("nz")
                || n.equals("j")
                || n.equals("nrf")
                || n.equals("en")) {
            return true;
        }
        return PROPER_PREFIXES.contains(t.text()) || !DATDictionary.isInSystemDic(t.text());
    }
}
