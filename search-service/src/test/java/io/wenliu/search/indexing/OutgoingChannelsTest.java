package io.wenliu.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import io.wenliu.search.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The outgoing channels publish as reliably as the hand-built producer they replaced, and the same bytes. */
class OutgoingChannelsTest {

    @Test
    void bothChannelsWaitForAllReplicasAreIdempotentAndSendTheBytesAsBuilt() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        for (String channel : new String[] {Topics.ARTICLES_INDEXED_CHANNEL, Topics.ARTICLES_ENRICHED_DLQ_CHANNEL}) {
            String prefix = "mp.messaging.outgoing." + channel + ".";
            assertThat(properties)
                    .containsEntry(prefix + "connector", "smallrye-kafka")
                    .containsEntry(prefix + "acks", "all")
                    .containsEntry(prefix + "enable.idempotence", "true")
                    .containsEntry(prefix + "delivery.timeout.ms", "60000")
                    .containsEntry(
                            prefix + "value.serializer", "org.apache.kafka.common.serialization.ByteArraySerializer")
                    // the trace header is set per event by EventPublisher, not by the connector
                    .containsEntry(prefix + "tracing-enabled", "false");
        }
        assertThat(properties)
                .containsEntry(
                        "mp.messaging.outgoing." + Topics.ARTICLES_INDEXED_CHANNEL + ".topic", Topics.ARTICLES_INDEXED)
                .containsEntry(
                        "mp.messaging.outgoing." + Topics.ARTICLES_ENRICHED_DLQ_CHANNEL + ".topic",
                        Topics.ARTICLES_ENRICHED_DLQ);
    }
}
