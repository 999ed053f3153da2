package io.wenliu.analysis.entity;

import io.wenliu.analysis.segment.CharClass;
import io.wenliu.analysis.segment.Token;
import io.wenliu.analysis.segment.WordEndings;
import java.util.List;
import java.util.Set;
import org.ansj.library.DATDictionary;

/** Organisation names: their suffixes and organ endings, abbreviated organs, and which tokens may stand in a name. */
final class OrganisationNames {
    static final int MAX_ORGANISATION_LENGTH = 26;

    /** Last characters that make a word an organisation rather than a (mis-tagged) foreign name. */
    static final CharClass ORGANISATION_ENDINGS = NameLists.LISTS.chars("organisation-endings");
    /** Last characters of the units inside an organisation (科技司, 教导处, 化学系): heads only after an organisation. */
    static final CharClass SUB_UNIT_ENDINGS = NameLists.LISTS.chars("sub-unit-endings");
    /** Organ endings that make a word an organisation even without a name before it (统计局, 自由党). */
    static final CharClass STANDALONE_ORGAN_ENDINGS = NameLists.LISTS.chars("standalone-organ-endings");

    private static final List<String> ORGANISATION_SUFFIXES = NameLists.LISTS.words("organisation-suffixes");
    private static final WordEndings ORGANISATION_SUFFIX_ENDS = WordEndings.of(ORGANISATION_SUFFIXES);
    private static final CharClass QUANTIFIERS = NameLists.LISTS.chars("quantifiers");
    private static final CharClass CLASSIFIERS = NameLists.LISTS.chars("classifiers");
    private static final List<String> BUSINESS_SUFFIXES = NameLists.LISTS.words("business-suffixes");
    private static final CharClass ABBREVIATION_ENDINGS = NameLists.LISTS.chars("abbreviation-endings");
    private static final CharClass ADMINISTRATIVE_LEVELS = NameLists.LISTS.chars("administrative-levels");
    private static final CharClass SIDES = CharClass.of("东西南北上下");
    private static final CharClass ORGAN_ENDINGS = NameLists.LISTS.chars("organ-endings");
    private static final Set<String> NOT_ORGAN_STEMS = Set.copyOf(NameLists.LISTS.words("not-organ-stems"));
    private static final List<String> GENERIC_HEADS = NameLists.LISTS.words("generic-heads");
    private static final CharClass SINGLE_SUFFIXES = NameLists.LISTS.chars("single-suffixes");
    private static final Set<String> PROPER_PREFIXES = Set.copyOf(NameLists.LISTS.words("proper-prefixes"));
    private static final List<String> BODY_HEADS = NameLists.LISTS.words("body-heads");
    private static final String ORGANISATION_WORD = "组织";
    private static final Set<String> NOT_NAME_LIKE = Set.copyOf(NameLists.LISTS.words("not-name-like"));

    private final Gazetteer gazetteer;
    private final PlaceNames places;

    OrganisationNames(Gazetteer gazetteer, PlaceNames places) {
        this.gazetteer = gazetteer;
        this.places = places;
    }

    /** Whether the string is a national prefix that belongs to organisation names (中国, 全国, 中华). */
    boolean isNationalPrefix(String s) {
        return PROPER_PREFIXES.contains(s);
    }

    /** Whether the string starts with a two-character verb of the library dictionary (推动协会: a tagging slip). */
    boolean startsWithVerb(String s) {
        return s.length() >= 4 && "v".equals(CoreDictionary.bestNature(s.substring(0, 2)));
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
     * administrative level with 委 (省委, 区委), or 中 + one character + 部 (中组部, 中联部).
     */
    boolean isOrganisationAbbreviation(String s) {
        if (s.length() < 2
                || (!ABBREVIATION_ENDINGS.contains(s.charAt(s.length() - 1))
                        && !ORGAN_ENDINGS.contains(s.charAt(s.length() - 1)))) {
            return false;
        }
        if (s.length() == 3 && s.charAt(0) == '中' && s.endsWith("部")) {
            return !SIDES.contains(s.charAt(1));
        }
        if (s.length() == 2) {
            return ADMINISTRATIVE_LEVELS.contains(s.charAt(0)) && s.charAt(1) == '委';
        }
        int from = 0;
        while (s.length() - from > 3) {
            int prefix = s.length() - from >= 4 && PROPER_PREFIXES.contains(s.substring(from, from + 2))
                    ? 2
                    : places.knownPlacePrefix(s.substring(from));
            if (prefix == 0) {
                return false;
            }
            from += prefix;
        }
        String rest = s.substring(from);
        boolean abbreviation = (rest.length() == 2 || rest.length() == 3)
                && ABBREVIATION_ENDINGS.contains(rest.charAt(rest.length() - 1))
                && !places.isKnownPlace(rest);
        return from > 0 && (abbreviation || isOrgan(rest));
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

    /** Whether an organisation-tagged string is a generic noun rather than a name. */
    boolean isGeneric(String s) {
        return gazetteer.isBlocked(s);
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
        return (s.length() == 1 && SINGLE_SUFFIXES.contains(s.charAt(0))) || isOrgan(s);
    }

    /**
     * Whether a word ends like an organisation in any way the rules know: a suffix (协会, 内政部), a body's head
     * (署, 杜马, 中央) or an organisation's last character (部, 会, 院 …): such a word beside a title is no person.
     */
    boolean hasOrganisationEnding(String s) {
        return endsWithOrganisationSuffix(s)
                || endsWithBodyHead(s)
                || ORGANISATION_ENDINGS.contains(s.charAt(s.length() - 1));
    }

    /**
     * Whether a proper word the tagger read as one unit ends with the head of an international or national body
     * (署, 议会, 机构: 联合国难民署, 欧洲议会, 国际原子能机构; 组织, also a verb, has its own check:
     * {@link #nameBeforeOrganisationWord}).
     */
    boolean endsWithBodyHead(String s) {
        for (String head : BODY_HEADS) {
            if (s.endsWith(head) && s.length() > head.length() + 1) {
                return !gazetteer.isBlocked(s);
            }
        }
        return false;
    }

    /**
     * The name before 组织 in a word read as one unit (北约 in 北约组织, 世界气象 in 世界气象组织), or null: none, or a
     * party branch's (企业党组织: generic). Whether the name is a person's (高小燕组织, 组织 the verb) is the caller's check.
     */
    String nameBeforeOrganisationWord(String s) {
        if (!s.endsWith(ORGANISATION_WORD) || s.length() < ORGANISATION_WORD.length() + 2) {
            return null;
        }
        String name = s.substring(0, s.length() - ORGANISATION_WORD.length());
        return name.endsWith("党") || gazetteer.isBlocked(s) ? null : name;
    }

    /** Whether a word is a government organ or party by form: a known word plus 部/局/署/委/厅/党 (内政部, 统计局). */
    boolean isOrgan(String s) {
        if (s.length() < 3 || s.length() > 5 || !ORGAN_ENDINGS.contains(s.charAt(s.length() - 1))) {
            return false;
        }
        String stem = s.substring(0, s.length() - 1);
        return PlaceNames.directionPart(s) != s.length() // 东南部 is a region, not an organ
                && DATDictionary.isInSystemDic(stem)
                && !gazetteer.isBlocked(s)
                && !NOT_ORGAN_STEMS.contains(stem);
    }

    /** Whether a token may be part of an organisation name (not a count or a pointer: 一家, 这所). */
    boolean isNameLike(Token t) {
        String n = t.nature();
        String s = t.text();
        if (NOT_NAME_LIKE.contains(s) || gazetteer.isBlocked(s)) {
            return false;
        }
        if (s.length() == 2 && QUANTIFIERS.contains(s.charAt(0)) && CLASSIFIERS.contains(s.charAt(1))) {
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
