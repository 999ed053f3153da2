package io.wenliu.ingest.article;

import java.util.Set;

/**
 * One person (or an institutional byline such as 新华社评论员) credited by an article, with the role as printed in
 * its normal form: 记者, 特约记者, 首席记者, 见习记者, 实习记者, 通讯员, 特约通讯员, 实习生, 作者, 评论员, 摄影, 编辑 or
 * 责任编辑.
 */
public record Credit(String role, String name) {

    /** Roles whose holders are not the article's authors: they took its pictures or edited it. */
    private static final Set<String> NOT_WRITING = Set.of("摄影", "编辑", "责任编辑");

    /** Whether the credit names one of the article's writers. */
    public boolean isAuthor() {
        return !NOT_WRITING.contains(role);
    }
}
