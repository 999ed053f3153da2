package io.wenliu.ingest.events;

/** A person credited by an ArticleIngested article, with the role as printed (记者, 通讯员, 摄影, 责任编辑, …). */
public record CreditPayload(String role, String name) {}
