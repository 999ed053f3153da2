package io.wenliu.analysis.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row counting the documents seen. */
@Entity
@Table(name = "corpus_statistics")
public class CorpusStatistics extends PanacheEntityBase {
    /** Id of the only row. */
    public static final int SINGLETON = 1;

    @Id
    public int id;

    public long documents;
}
