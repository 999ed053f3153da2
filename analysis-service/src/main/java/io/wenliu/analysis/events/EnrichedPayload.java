package io.wenliu.analysis.events;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wenliu.analysis.enrichment.Enrichment;

/** Payload of ArticleEnriched: the ingested article unchanged, the enrichment and the source event id. */
@JsonPropertyOrder({"article", "enrichment", "sourceEventId"})
public record EnrichedPayload(ObjectNode article, Enrichment enrichment, String sourceEventId) {}
