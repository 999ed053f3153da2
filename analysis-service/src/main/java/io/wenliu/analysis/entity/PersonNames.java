package io.wenliu.analysis.entity;

import io.wenliu.analysis.segment.CharClass;
import io.wenliu.analysis.segment.WordEndings;
import java.util.List;
import java.util.Set;
import org.ansj.domain.PersonNatureAttr;

/** People's names: surnames, transliteration characters, titles and words around a name, and name-like forms. */
final class PersonNames {
    /** How many of the surnames (ordered by frequency) count as most common. */
    static final int COMMON_SURNAMES = 59;
    /** The longest Chinese name (surname and given name) the rules expect. */
    static final int MAX_CHINESE_NAME = 3;

    private static final String SURNAME_LIST = String.join("", NameLists.LISTS.words("surnames"));
    private static final CharClass SURNAMES = CharClass.of(SURNAME_LIST);
    private static final CharClass MOST_COMMON_SURNAMES = CharClass.of(SURNAME_LIST.substring(0, COMMON_SURNAMES));
    private static final List<String> TITLE_SUFFIXES = NameLists.LISTS.words("title-suffixes");
    private static final WordEndings TITLE_SUFFIX_ENDS = WordEndings.of(TITLE_SUFFIXES);
    private static final Set<String> NAME_FOLLOWERS = Set.copyOf(NameLists.LISTS.words("name-followers"));
    private static final Set<String> PERSON_TITLES = Set.copyOf(NameLists.LISTS.words("person-titles"));
    private static final List<String> DOCTRINES = NameLists.LISTS.words("doctrines");
    private static final WordEndings DOCTRINE_ENDS = WordEndings.of(DOCTRINES);
    private static final CharClass TRANSLITERATION = NameLists.LISTS.chars("transliteration");
    private static final CharClass FACILITY_ENDINGS = NameLists.LISTS.chars("facility-endings");

    private static final int MAX_GIVEN_NAME = 4;
    private static final int MAX_FOREIGN_NAME = 14;
    /** Function words a tagger may read into the end of a name: 于, 及, 和, 与, 同. */
    private static final CharClass TRAILING_WORDS = CharClass.of("于及和与同");
    /** What follows a bare surname as a way to address or hide a person: 胡老, 郑某. */
    private static final CharClass ADDRESSES = CharClass.of("老某");

    private final Gazetteer gazetteer;

    PersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a token tagged as a person name looks like one (surname first, sensible length, not blocked). */
    boolean isPlausiblePerson(String s, String nature) {
        if (gazetteer.isBlocked(s) || s.length() < 2 || !s.chars().allMatch(PersonNames::isNameCharacter)) {
            return false;
        }
        if (nature.equals("nrf")) {
            return s.chars().noneMatch(Character::isDigit);
        }
        if (FACILITY_ENDINGS.contains(s.charAt(s.length() - 1))) {
            return false;
        }
        if (isSurname(s.charAt(0))) {
            return s.length() <= 4;
        }
        return s.length() <= 8;
    }

    /**
     * Whether a new word is a foreign name written with a middle dot (差猜·春哈旺, 拉·甘地): letters on both sides, a
     * given name of at most four characters (not 荷兰人维姆·…, where the tagger read more into the word).
     */
    boolean isForeignName(String s) {
        int dot = s.indexOf('·');
        return dot > 0
                && dot <= MAX_GIVEN_NAME
                && s.length() - dot - 1 >= 1
                && s.length() <= MAX_FOREIGN_NAME
                && s.chars().allMatch(c -> c == '·' || Character.isLetter(c));
    }

    /**
     * A name the tagger read with the title or the address after it, without it: 王汝|大夫, 胡|老, 郑|某 (the
     * surname alone names the person).
     */
    String withoutTitle(String s) {
        if (s.length() == 2 && ADDRESSES.contains(s.charAt(1)) && isSurname(s.charAt(0))) {
            return s.substring(0, 1);
        }
        for (String title : PERSON_TITLES) {
            if (s.length() >= title.length() + 2 && s.endsWith(title) && isSurname(s.charAt(0))) {
                return s.substring(0, s.length() - title.length());
            }
        }
        return s;
    }

    /** A name the tagger read with the function word after it (金士尧于, 罗朗·雷斯及), without it. */
    String withoutTrailingWord(String s) {
        return s.length() >= 4 && TRAILING_WORDS.contains(s.charAt(s.length() - 1))
                ? s.substring(0, s.length() - 1)
                : s;
    }

    /** Letters, digits (the caller checks those) and the marks inside foreign names (·, —, -). */
    private static boolean isNameCharacter(int c) {
        return Character.isLetterOrDigit(c) || c == '·' || c == '—' || c == '-';
    }

    /** Whether an unlisted word is short and starts with a surname, as a Chinese name does (高小燕). */
    boolean looksLikeChineseName(String s) {
        return s.length() <= MAX_CHINESE_NAME && isSurname(s.charAt(0)) && gazetteer.typeOf(s) == null;
    }

    /** For 邓小平理论 / 毛泽东思想, the person's name; otherwise null. */
    String personBeforeDoctrine(String s) {
        if (!DOCTRINE_ENDS.mayEnd(s)) {
            return null;
        }
        for (String suffix : DOCTRINES) {
            int nameLength = s.length() - suffix.length();
            if (s.endsWith(suffix) && nameLength >= 2 && nameLength <= 3 && isSurname(s.charAt(0))) {
                return s.substring(0, nameLength);
            }
        }
        return null;
    }

    /** Whether the name starts with one of the most common surnames (王, 李, 张 … 范). */
    boolean hasCommonSurname(String s) {
        return MOST_COMMON_SURNAMES.contains(s.charAt(0));
    }

    /**
     * How much likelier (in the log scores of ansj's person-role table) a character must be as a one-character given
     * name than outside any name for a surname before it to make a name (chosen on the even half of People's Daily
     * dev: 1.5 and 2 score the same there, the stricter one is kept).
     */
    static final float GIVEN_NAME_MARGIN = 2f;

    /**
     * Whether a two-character word is a surname followed by a character mostly seen as a one-character given name
     * (柳|萍, 喻|晖, 伍|霞; not 温|化, 严|督, 施|策), from the person-role statistics ansj ships with its dictionary:
     * role E (a one-character given name) against role A (no part of a name).
     */
    boolean hasGivenNameShape(String s) {
        if (s.length() != 2 || !isSurname(s.charAt(0))) {
            return false;
        }
        PersonNatureAttr roles = CoreDictionary.personRoles(s.substring(1));
        return roles != null && roles.getE() - roles.getA() >= GIVEN_NAME_MARGIN;
    }

    /** Whether every character is one used to transliterate foreign names (琼斯, 拉宾). */
    boolean isTransliteration(String s) {
        return s.chars().allMatch(c -> TRANSLITERATION.contains((char) c));
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
        return SURNAMES.contains(c);
    }

    /** Whether a word typically follows a person's name (说, 表示, 摄, 同志). */
    boolean isNameFollower(String s) {
        return NAME_FOLLOWERS.contains(s) || isTitle(s);
    }
}
