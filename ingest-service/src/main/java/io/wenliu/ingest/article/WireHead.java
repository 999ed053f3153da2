package io.wenliu.ingest.article;

/**
 * The head that opens a wire story's first paragraph ({@code 新华社北京3月12日电（记者 王小明、李华）}), cut from the
 * body: the text as printed, the dateline (null without place or date, as in {@code 本报讯}), the outlet that issued
 * the story (the original one for {@code 据…电}), and the credits (null when none are printed).
 */
public record WireHead(String text, Dateline dateline, String source, Byline credits) {}
