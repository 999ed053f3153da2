package io.wenliu.ingest.article;

import java.util.regex.Pattern;

/** The role words of bylines (记者, 通讯员, 摄影 …) and the patterns that find them, after an optional outlet. */
final class RoleWords {

    private static final String ROLE_WORDS =
            "特约记者|首席记者|摄影记者|见习记者|实习记者|全媒体记者|融媒体记者|记者|特约通讯员|通讯员|实习生|特约评论员|评论员|责任编辑|编辑|作者|摄影";

    /** An optional outlet, a role word and an optional name written against it: 新华社记者, 记者王小明, 本报通讯员. */
    static final Pattern ROLE =
            Pattern.compile("^" + Outlets.group("agency") + "?(?<role>" + ROLE_WORDS + ")(?<name>[\\p{IsHan}·]*)$");

    static final Pattern ROLE_WORD = Pattern.compile(ROLE_WORDS);
    static final Pattern ROLE_START = Pattern.compile("^" + Outlets.group("agency") + "?(?:" + ROLE_WORDS + ")");

    private RoleWords() {}
}
