/**
 * The text of a (PDF-extracted) newspaper page to articles. {@link io.wenliu.ingest.article.ArticleExtractor}
 * normalises width forms, splits the page into segments ({@link io.wenliu.ingest.article.ArticleSplitter}), re-attaches
 * headline blocks printed after their bodies ({@link io.wenliu.ingest.article.HeadlineBlockAttacher}) and builds each
 * article ({@link io.wenliu.ingest.article.ArticleAssembler}): doubled bold glyphs repaired in headlines, bylines
 * cleaned, datelines parsed, hard-wrapped lines joined. The body keeps every non-space character of its source lines.
 * All classes are stateless and safe to share between threads.
 */
package io.wenliu.ingest.article;
