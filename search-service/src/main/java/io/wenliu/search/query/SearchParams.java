package io.wenliu.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Validated parameters of one search request. */
public record SearchParams(
        ParsedQuery query,
        List<String> persons,
        List<String> places,
        List<String> organizations,
        List<String> keywords,
        List<String> sources,
        List<String> authors,
        LocalDate from,
        LocalDate to,
        SortBy sort,
        int page,
        int size) {

    /** Largest page size. */
    public static final int MAX_SIZE = 100;

    /** Deepest result reachable by paging (OpenSearch max_result_window). */
    public static final int MAX_WINDOW = 10_000;

    /** Validates raw request values, throwing {@link InvalidQueryException} with a clear message. */
    public static SearchParams of(
            String q,
            List<String> persons,
            List<String> places,
            List<String> organizations,
            List<String> keywords,
            List<String> sources,
            List<String> authors,
            String from,
            String to,
            String sort,
            Integer page,
            Integer size) {
        int p = page == null ? 1 : page;
        int s = size == null ? 10 : size;
        if (p < 1) {
            throw new InvalidQueryException("page", "page must be 1 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidQueryException("size", "size must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > MAX_WINDOW) {
            throw new InvalidQueryException("page", "page * size must not exceed " + MAX_WINDOW);
        }
        LocalDate fromDate = date("from", from);
        LocalDate toDate = date("to", to);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate)) {
            throw new InvalidQueryException("from", "from must not be after to");
        }
        return new SearchParams(
                QueryTextParser.parse(q),
                clean("person", persons),
                clean("place", places),
                clean("organization", organizations),
                clean("keyword", keywords),
                clean("source", sources),
                clean("author", authors),
                fromDate,
                toDate,
                SortBy.parse(sort),
                p,
                s);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(name, name + " must be a date like 2020-03-12, not '" + value + "'");
        }
    }

    private static List<String> clean(String name, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 20) {
            throw new InvalidQueryException(name, "at most 20 values of " + name);
        }
        return values.stream()
                .filter(v -> v != null && !v.isBlank())
                .map(String::strip)
                .peek(v -> {
                    if (v.length() > 100) {
                        throw new InvalidQueryException(name, name + " values must be at most 100 characters");
                    }
                })
                .distinct()
                .toList();
    }
}
