package io.wenliu.search.reindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.wenliu.search.config.SearchConfig;
import io.wenliu.search.index.IndexManager;
import io.wenliu.search.index.WriteTargets;
import io.wenliu.search.support.SeedIndex;
import io.wenliu.search.support.TestServers;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Two replicas sharing one OpenSearch (this service's beans, and a second set of the reindex objects as another
 * replica would hold them, with its own copy of the write targets): a reindex started on one is the only one running,
 * the other writes live events to the index being built, reports the same state, and ends writing to the new index.
 */
@QuarkusTest
@QuarkusTestResource(TestServers.class)
class ReindexReplicasIT {

    @Inject
    Reindexer replicaA;

    @Inject
    IndexManager indices;

    @Inject
    SearchConfig config;

    @Inject
    ReindexerFactory reindexers;

    @Test
    void aReindexStartedOnOneReplicaIsTheOnlyOneAndTheOtherFollowsIt() throws Exception {
        SeedIndex.ensureIndexed();
        WriteTargets targetsB = new WriteTargets(indices);
        Reindexer replicaB = reindexers.create(indices, targetsB);
        try {
            String before = indices.currentIndex().orElseThrow();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !replicaA.status().running());

            ReindexStatus started = replicaA.start();
            AtomicReference<ReindexStatus> building = new AtomicReference<>();
            await("A marks the index it builds").atMost(Duration.ofSeconds(30)).until(() -> {
                building.set(replicaB.status());
                return building.get().toIndex() != null;
            });
            String to = building.get().toIndex();

            ReindexStatus second = replicaB.start();
            assertThat(second.state()).as("B starts nothing while A runs").isEqualTo("RUNNING");
            assertThat(second.startedAt()).isEqualTo(started.startedAt());
            assertThat(second.toIndex()).isEqualTo(to);
            assertThat(targetsB.indices()).as("B writes live events to both").containsExactly(before, to);

            await().atMost(Duration.ofSeconds(120))
                    .until(() -> "DONE".equals(replicaB.status().state()));
            ReindexStatus done = replicaB.status();
            assertThat(done.fromIndex()).isEqualTo(before);
            assertThat(done.toIndex()).isEqualTo(to);
            assertThat(done.startedAt()).isEqualTo(started.startedAt());
            assertThat(indices.currentIndex()).contains(to);
            await("B's copy of the targets ages out")
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> targetsB.indices().equals(java.util.List.of(to)));
            assertThat(indices.nextIndexName())
                    .as("one run, one new index")
                    .isEqualTo(config.indexPrefix()
                            + (Integer.parseInt(
                                            to.substring(config.indexPrefix().length()))
                                    + 1));
        } finally {
            replicaB.close();
        }
    }
}
