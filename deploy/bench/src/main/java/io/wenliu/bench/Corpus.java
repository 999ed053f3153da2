package io.wenliu.bench;

import java.util.ArrayList;
import java.util.List;

/** Where the benchmark's documents come from: generated from the seeds, or the user's own files. */
interface Corpus {

    /** Document {@code number} of the phase whose run marker is {@code run}, carrying that run's markers. */
    Article article(String run, int number);

    /** How many documents a burst or upload of {@code requested} sends: all files of a user corpus. */
    int batchSize(int requested);

    /** What a document is called in the report: {@code articles} or {@code files}. */
    String unit();

    /** Documents {@code first} to {@code first + count - 1} of a run. */
    default List<Article> batch(String run, int first, int count) {
        List<Article> articles = new ArrayList<>(count);
        for (int number = first; number < first + count; number++) {
            articles.add(article(run, number));
        }
        return articles;
    }
}
