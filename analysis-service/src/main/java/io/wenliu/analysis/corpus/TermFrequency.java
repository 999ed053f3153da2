package io.wenliu.analysis.corpus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Number of documents seen that contain a term. */
@Entity
@Table(name = "term_document_frequency")
public class TermFrequency extends PanacheEntityBase {
    @Id
    public String term;

    public long documents;
}
