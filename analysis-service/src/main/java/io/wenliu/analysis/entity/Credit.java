package io.wenliu.analysis.entity;

/** A name the article's head, byline or photo line credits, with the role as printed (记者, 通讯员, 摄影, …). */
public record Credit(String role, String name) {}
