/**
 * Pure-Java text layer of the ingest service: bytes to text, and text of a (PDF-extracted) newspaper page to articles.
 *
 * <p>{@link io.wenliu.ingest.text.CharsetDetector} decodes bytes (BOM, UTF-16 by NUL pattern, strict UTF-8, GB18030
 * or Big5 by scoring) or throws {@link io.wenliu.ingest.text.UndecodableTextException} with the reason.
 * {@link io.wenliu.ingest.text.ArticleExtractor} normalises width forms, splits the page into segments
 * ({@link io.wenliu.ingest.text.ArticleSplitter}), re-attaches headline blocks printed after their bodies
 * ({@link io.wenliu.ingest.text.HeadlineBlockAttacher}) and builds each article
 * ({@link io.wenliu.ingest.text.ArticleAssembler}): doubled bold glyphs repaired in headlines, bylines cleaned,
 * datelines parsed, hard-wrapped lines joined. The body keeps every non-space character of its source lines.
 * {@link io.wenliu.ingest.text.ContentHasher} hashes a body for duplicate detection. All classes are stateless and
 * safe to share between threads.
 */
package io.wenliu.ingest.text;
