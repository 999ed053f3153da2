package io.wenliu.analysis.entity;

import io.wenliu.analysis.enrichment.EntityType;
import io.wenliu.analysis.segment.Token;
import java.util.List;

/**
 * A newspaper or magazine named between title marks is an organisation (《费加罗报》, 《纽约时报》, 《朝日新闻》,
 * 《经济周刊》), unlike the books, laws and reports written the same way (《政府工作报告》, 《联合公报》).
 */
final class PublicationTitles {
    private static final int MIN_LENGTH = 3;
    private static final int MAX_LENGTH = 12;
    private static final List<String> ENDINGS = NameLists.LISTS.words("publication-endings");
    private static final List<String> NOT_ENDINGS = NameLists.LISTS.words("not-publication-endings");

    private PublicationTitles() {}

    static void apply(String text, List<Token> tokens, List<Mention> out) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("《")) {
                continue;
            }
            int close = i + 1;
            while (close < tokens.size() && !isMark(tokens.get(close).text())) {
                close++;
            }
            if (close == tokens.size()
                    || close == i + 1
                    || !tokens.get(close).text().equals("》")) {
                continue;
            }
            int start = tokens.get(i + 1).start();
            int end = tokens.get(close - 1).end();
            if (isPublicationName(text.substring(start, end))) {
                out.add(new Mention(EntityType.ORGANIZATION, text.substring(start, end), start, end));
            }
            i = close;
        }
    }

    /** Whether a title's text names a periodical: its ending, and no particle or punctuation inside (过去的新闻). */
    static boolean isPublicationName(String title) {
        if (title.length() < MIN_LENGTH || title.length() > MAX_LENGTH || title.indexOf('的') >= 0) {
            return false;
        }
        return title.chars().allMatch(Character::isLetterOrDigit)
                && ENDINGS.stream().anyMatch(title::endsWith)
                && NOT_ENDINGS.stream().noneMatch(title::endsWith);
    }

    private static boolean isMark(String s) {
        return s.equals("《") || s.equals("》");
    }
}
