package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.CharClass;
import io.wenliu.analysis.segment.Token;
import io.wenliu.analysis.segment.WordEndings;
import java.util.List;
import java.util.Set;

/** Place names: known places, countries and their abbreviations, place and facility suffixes, teams named after one. */
final class PlaceNames {
    static final CharClass CHAIN_SUFFIXES = NameLists.LISTS.chars("chain-suffixes");
    static final CharClass COUNTRY_ABBREVIATIONS = NameLists.LISTS.chars("country-abbreviations");
    /** One-character abbreviations that are places on their own when tagged as abbreviations (日 and 以 are not). */
    static final CharClass STANDALONE_ABBREVIATIONS = NameLists.LISTS.chars("standalone-abbreviations");

    static final CharClass PLACE_PREPOSITIONS = NameLists.LISTS.chars("place-prepositions");
    static final CharClass VISIT_VERBS = NameLists.LISTS.chars("visit-verbs");
    static final CharClass VISITED = NameLists.LISTS.chars("visited");

    private static final List<String> TEAM_SUFFIXES = NameLists.LISTS.words("team-suffixes");
    private static final WordEndings TEAM_SUFFIX_ENDS = WordEndings.of(TEAM_SUFFIXES);
    private static final List<String> FACILITY_SUFFIXES = NameLists.LISTS.words("facility-suffixes");
    private static final WordEndings FACILITY_SUFFIX_ENDS = WordEndings.of(FACILITY_SUFFIXES);
    /** Place names that are far more often ordinary words (和平 peace, 公安 police). */
    private static final Set<String> AMBIGUOUS_PLACES = Set.copyOf(NameLists.LISTS.words("ambiguous-places"));

    private static final Set<String> COUNTRIES = Set.copyOf(NameLists.LISTS.words("countries"));
    private static final List<String> PLACE_SUFFIXES = NameLists.LISTS.words("place-suffixes");
    private static final WordEndings PLACE_SUFFIX_ENDS = WordEndings.of(PLACE_SUFFIXES);

    private static final CharClass ADMINISTRATIVE_UNITS = CharClass.of("市县省州");
    private static final CharClass DIRECTIONS = CharClass.of("东西南北中");
    /** The longest ethnic autonomous unit written after a place's name (布依族苗族自治州). */
    private static final int MAX_AUTONOMOUS_UNIT = 8;

    private final Gazetteer gazetteer;

    PlaceNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a word is an administrative unit written apart from its name (塔科马|市). */
    static boolean isAdministrativeUnit(String s) {
        return s.length() == 1 && ADMINISTRATIVE_UNITS.contains(s.charAt(0));
    }

    /**
     * The length of a region's direction at the end of a word (西北部 in 美国西北部, 中南部), or 0: one or two of
     * 东西南北中 and 部.
     */
    static int directionPart(String s) {
        if (!s.endsWith("部")) {
            return 0;
        }
        int n = 0;
        while (n < 2 && s.length() - 2 - n >= 0 && DIRECTIONS.contains(s.charAt(s.length() - 2 - n))) {
            n++;
        }
        return n == 0 ? 0 : n + 1;
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

    /** Length of a known place name (2-3 chars) at the start of s, leaving at least 2 chars; 0 if none. */
    int knownPlacePrefix(String s) {
        for (int len = 3; len >= 2; len--) {
            if (s.length() - len >= 2 && isKnownPlace(s.substring(0, len))) {
                return len;
            }
        }
        return 0;
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

    /**
     * Whether the string is a place's unit alone (自治区, 省, 新区), an ethnic group's autonomous unit included
     * (藏族自治州 in 果洛藏族自治州: the group belongs to the name).
     */
    boolean isUnit(String s) {
        return PLACE_SUFFIXES.contains(s)
                || (s.contains("族自治") && s.length() <= MAX_AUTONOMOUS_UNIT && knownPlacePrefix(s) == 0);
    }

    /** Whether a place's name is also a common word (和平, 公安, 全国): a place only where the tagger says so. */
    boolean isAmbiguous(String s) {
        return AMBIGUOUS_PLACES.contains(s);
    }

    /** Whether a token is a country written right before the next one (美国|代表团, 美国|财政部长). */
    boolean isCountryBefore(Token country, Token next) {
        return country.nature().startsWith("ns") && isCountry(country.text()) && country.end() == next.start();
    }

    /** Whether the string is a place: listed as one, or tagged ns in the library dictionary. */
    boolean isKnownPlace(String s) {
        return gazetteer.typeOf(s) == EntityType.LOCATION || CoreDictionary.inDictionaryAs(s, EntityType.LOCATION);
    }

    /** Whether a place-like word is a common verb with a place suffix (作业区, 开发区): not a name. */
    boolean isCommonWordWithPlaceSuffix(String s) {
        if (s.length() != 3 || !CHAIN_SUFFIXES.contains(s.charAt(2))) {
            return false;
        }
        String best = CoreDictionary.bestNature(s.substring(0, 2));
        return best != null && (best.equals("v") || best.equals("vn"));
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
}
