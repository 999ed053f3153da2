package io.wenliu.analysis.entity;

/** The names the entity rules know, loaded once: the gazetteer and the word lists of people, places, organisations. */
public final class NameLists {
    /** Classpath resource of the word lists, one section per list. */
    public static final String WORD_LISTS = "entity/word-lists.txt";

    /** The shipped word lists, read once for {@link PersonNames}, {@link PlaceNames} and {@link OrganisationNames}. */
    static final WordLists LISTS = WordLists.load(WORD_LISTS);

    private final Gazetteer gazetteer;
    private final PersonNames people;
    private final PlaceNames places;
    private final OrganisationNames organisations;

    private NameLists(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.people = new PersonNames(gazetteer);
        this.places = new PlaceNames(gazetteer);
        this.organisations = new OrganisationNames(gazetteer, places);
    }

    /** Loads the shipped gazetteer (the shipped word lists are read once, with this class). */
    public static NameLists load() {
        return new NameLists(Gazetteer.load());
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    PersonNames people() {
        return people;
    }

    PlaceNames places() {
        return places;
    }

    OrganisationNames organisations() {
        return organisations;
    }
}
