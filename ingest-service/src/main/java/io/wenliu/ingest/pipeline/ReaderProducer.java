package io.wenliu.ingest.pipeline;

import io.wenliu.ingest.article.ArticleExtractor;
import io.wenliu.ingest.config.IngestConfig;
import io.wenliu.ingest.decode.CharsetDetector;
import io.wenliu.ingest.extract.DocumentTextReader;
import io.wenliu.ingest.extract.TikaTextExtractor;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** CDI producers for the plain-Java text components. */
public class ReaderProducer {

    @Produces
    @Singleton
    DocumentTextReader documentTextReader(IngestConfig config) {
        return new DocumentTextReader(
                new CharsetDetector(), new TikaTextExtractor(config.maxTextChars()), config.maxFileSize());
    }

    @Produces
    @Singleton
    ArticleSizeLimit articleSizeLimit(IngestConfig config) {
        return new ArticleSizeLimit(config.maxArticleBytes());
    }

    @Produces
    @Singleton
    ArticleExtractor articleExtractor(IngestConfig config) {
        return config.datelineDefaultYear().map(ArticleExtractor::new).orElseGet(ArticleExtractor::new);
    }
}
