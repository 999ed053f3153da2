package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.ArrayList;
import java.util.List;

/** What the name lists say about one word, as short codes for the statistical tagger's features. */
public final class NameFlags {
    private final NameLists names;

    public NameFlags(NameLists names) {
        this.names = names;
    }

    /**
     * The codes of a word: {@code G:P|L|O|N} (gazetteer type or blocked), {@code OS} (ends like an organisation),
     * {@code OE} (last character an organisation ending), {@code PS} (ends like a place), {@code KP} (known place),
     * {@code TI} (a title before names), {@code PT} (a title after names), {@code SU} (starts with a surname),
     * {@code TR} (transliteration characters only), {@code NF} (follows names: 说, 表示).
     */
    public List<String> of(Token t) {
        String s = t.text();
        List<String> flags = new ArrayList<>(4);
        if (s.isEmpty() || t.isPunctuation()) {
            return flags;
        }
        Gazetteer gazetteer = names.gazetteer();
        EntityType listed = gazetteer.typeOf(s);
        if (listed != null) {
            flags.add("G:" + listed.name().charAt(0));
        } else if (gazetteer.isBlocked(s)) {
            flags.add("G:N");
        }
        if (s.length() >= 2 && names.organisations().endsWithOrganisationSuffix(s)) {
            flags.add("OS");
        }
        if (OrganisationNames.ORGANISATION_ENDINGS.contains(s.charAt(s.length() - 1))) {
            flags.add("OE");
        }
        if (s.length() >= 2 && names.places().endsWithPlaceSuffix(s)) {
            flags.add("PS");
        }
        if (s.length() >= 2 && names.places().isKnownPlace(s)) {
            flags.add("KP");
        }
        PersonNames people = names.people();
        if (people.isTitle(s)) {
            flags.add("TI");
        }
        if (people.isPersonTitle(s)) {
            flags.add("PT");
        }
        if (people.isSurname(s.charAt(0))) {
            flags.add("SU");
        }
        if (s.length() >= 2 && people.isTransliteration(s)) {
            flags.add("TR");
        }
        if (people.isNameFollower(s)) {
            flags.add("NF");
        }
        return flags;
    }
}
