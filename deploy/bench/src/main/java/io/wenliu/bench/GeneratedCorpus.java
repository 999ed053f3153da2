package io.wenliu.bench;

import java.util.Locale;

/** Distinct articles generated from the seed sentences, each tagged with its run and article markers. */
final class GeneratedCorpus implements Corpus {

    private final ArticleGenerator generator;

    GeneratedCorpus(ArticleGenerator generator) {
        this.generator = generator;
    }

    /** Synchronized: the background dropper of the load phase generates while probes do. */
    @Override
    public synchronized Article article(String run, int number) {
        return generator.generate(String.format(Locale.ROOT, "%s-%06d.txt", run, number), RunMarker.tag(run, number));
    }

    @Override
    public int batchSize(int requested) {
        return requested;
    }

    @Override
    public String unit() {
        return "articles";
    }
}
