package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.CreditedPerson;
import io.wenliu.analysis.enrichment.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the credits of an article into PERSON mentions, one per name with its roles, kept apart from the people the
 * body mentions. An institutional byline (新华社评论员, 本报评论员: the name is the role's own label) is no person
 * and is left out, as is anything that cannot be a name (digits, punctuation, over {@link #MAX_NAME_LENGTH}).
 */
public final class CreditedPeople {

    /** Longest name taken, in characters: transliterated names with a middle dot run long (阿依努尔·买买提). */
    static final int MAX_NAME_LENGTH = 20;

    /** Han characters, Latin letters, spaces between Latin names, and the dots of transliterated names. */
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}\\p{IsLatin}·•．. -]+");

    private CreditedPeople() {}

    /** The credited people in order of first credit, each with its distinct roles. */
    public static List<CreditedPerson> of(List<Credit> credits) {
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (Credit credit : credits) {
            String name = credit.name() == null ? "" : credit.name().strip();
            String role = credit.role() == null ? "" : credit.role().strip();
            if (isPersonName(name, role)) {
                Set<String> named = roles.computeIfAbsent(name, n -> new LinkedHashSet<>());
                if (!role.isEmpty()) {
                    named.add(role);
                }
            }
        }
        List<CreditedPerson> people = new ArrayList<>();
        roles.forEach((name, named) -> people.add(new CreditedPerson(name, EntityType.PERSON, List.copyOf(named))));
        return people;
    }

    private static boolean isPersonName(String name, String role) {
        int length = name.codePointCount(0, name.length());
        return length >= 2
                && length <= MAX_NAME_LENGTH
                && NAME.matcher(name).matches()
                && name.chars().anyMatch(Character::isLetter)
                && (role.isEmpty() || !name.endsWith(role));
    }
}
