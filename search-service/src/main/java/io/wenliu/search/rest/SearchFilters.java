package io.wenliu.search.rest;

import io.wenliu.search.query.SearchParams;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The terms and filters of a search, as the search and export requests take them. */
public class SearchFilters {

    @Parameter(description = "Words and \"quoted phrases\"")
    @QueryParam("q")
    String q;

    @QueryParam("person")
    List<String> persons;

    @QueryParam("place")
    List<String> places;

    @QueryParam("organization")
    List<String> organizations;

    @QueryParam("keyword")
    List<String> keywords;

    @QueryParam("source")
    List<String> sources;

    @QueryParam("author")
    List<String> authors;

    @Parameter(description = "Earliest publication date, yyyy-MM-dd")
    @QueryParam("from")
    String from;

    @Parameter(description = "Latest publication date, yyyy-MM-dd")
    @QueryParam("to")
    String to;

    /** The validated parameters with the given order and page. */
    SearchParams params(String sort, Integer page, Integer size) {
        return SearchParams.of(
                q, persons, places, organizations, keywords, sources, authors, from, to, sort, page, size);
    }
}
