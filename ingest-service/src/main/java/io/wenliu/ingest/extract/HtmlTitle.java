package io.wenliu.ingest.extract;

import java.util.regex.Pattern;

/**
 * Puts an HTML page's {@code <title>} in front of its body text when the page has no {@code <h1>} and does not open
 * with its title (a page whose headline lives only in the head), without the site name browsers show after it ({@code 标题_新华网}, {@code 标题 -
 * 人民网}).
 */
final class HtmlTitle {

    /** A site name after the headline: {@code _新华网}, {@code  - 人民网 }, {@code |澎湃新闻}. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*[^_|｜]{1,20}$");

    private HtmlTitle() {}

    static String prepend(String title, String bodyText) {
        if (title == null || title.isBlank()) {
            return bodyText;
        }
        String headline = SITE_SUFFIX.matcher(title.strip()).replaceFirst("").strip();
        if (headline.isEmpty()) {
            return bodyText;
        }
        String firstLine = bodyText.strip().lines().findFirst().orElse("").strip();
        if (TitleFirst.compact(firstLine).equals(TitleFirst.compact(headline))
                || TitleFirst.compact(firstLine).equals(TitleFirst.compact(title))) {
            return bodyText;
        }
        return headline + "\n\n" + bodyText;
    }
}
