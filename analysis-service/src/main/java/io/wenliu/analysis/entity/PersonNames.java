package io.wenliu.analysis.entity;

import io.wenliu.analysis.segment.WordEndings;
import java.util.List;
import java.util.Set;

/** People's names: surnames, transliteration characters, titles and words around a name, and name-like forms. */
final class PersonNames {
    /** How many of the surnames (ordered by frequency) count as most common. */
    static final int COMMON_SURNAMES = 59;

    private static final String SURNAMES = NameLists.LISTS.chars("surnames");
    private static final List<String> TITLE_SUFFIXES = NameLists.LISTS.words("title-suffixes");
    private static final WordEndings TITLE_SUFFIX_ENDS = WordEndings.of(TITLE_SUFFIXES);
    private static final Set<String> NAME_FOLLOWERS = Set.copyOf(NameLists.LISTS.words("name-followers"));
    private static final Set<String> PERSON_TITLES = Set.copyOf(NameLists.LISTS.words("person-titles"));
    private static final List<String> DOCTRINES = NameLists.LISTS.words("doctrines");
    private static final WordEndings DOCTRINE_ENDS = WordEndings.of(DOCTRINES);
    private static final String TRANSLITERATION = NameLists.LISTS.chars("transliteration");
    private static final String FACILITY_ENDINGS = NameLists.LISTS.chars("facility-endings");

    private final Gazetteer gazetteer;

    PersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether a token tagged as a person name looks like one (surname first, sensible length, not blocked). */
    boolean isPlausiblePerson(String s, String nature) {
        if (gazetteer.isBlocked(s) || s.length() < 2) {
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

    /** Whether the name starts with one of the most common surnames (王, 李, 张 … 范). */
    boolean hasCommonSurname(String s) {
        int i = SURNAMES.indexOf(s.charAt(0));
        return i >= 0 && i < COMMON_SURNAMES;
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
}
