package io.wenliu.search.index;

/** Field names of the article index (see opensearch/articles-v1.json). */
public final class Fields {

    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String BODY = "body";
    public static final String ARTICLE_ID = "articleId";
    public static final String TITLE_WORDS = "titleWords";
    public static final String BODY_WORDS = "bodyWords";
    public static final String PERSONS = "persons";
    public static final String PLACES = "places";
    public static final String ORGANIZATIONS = "organizations";
    public static final String KEYWORDS = "keywords";
    public static final String SOURCE = "source";
    public static final String AUTHORS = "authors";
    public static final String BYLINE = "byline";
    public static final String PUBLISHED_DATE = "publishedDate";
    public static final String SUGGEST_TITLES = "suggestTitles";
    public static final String SUGGEST_ENTITIES = "suggestEntities";
    public static final String SUGGEST_KEYWORDS = "suggestKeywords";

    private Fields() {}
}
