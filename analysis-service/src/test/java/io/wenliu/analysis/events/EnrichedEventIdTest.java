package io.wenliu.analysis.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The published event id follows from the source event id, so a re-publication is recognisable. */
class EnrichedEventIdTest {

    @Test
    void sameSourceEventGivesSameIdAndOtherSourcesOtherIds() {
        IngestedEvent first = event("6f1c2a8e-0000-4000-8000-000000000001");
        IngestedEvent again = event("6f1c2a8e-0000-4000-8000-000000000001");
        IngestedEvent other = event("6f1c2a8e-0000-4000-8000-000000000002");

        UUID id = EnrichedEvents.eventIdFor(first);

        assertThat(EnrichedEvents.eventIdFor(again)).isEqualTo(id);
        assertThat(EnrichedEvents.eventIdFor(other)).isNotEqualTo(id);
        assertThat(id.toString()).isNotEqualTo(first.eventId());
    }

    private static IngestedEvent event(String eventId) {
        return new IngestedEvent(
                eventId,
                "ArticleIngested",
                1,
                "a-1",
                "2026-11-23T10:00:00Z",
                1L,
                JsonNodeFactory.instance.objectNode());
    }
}
