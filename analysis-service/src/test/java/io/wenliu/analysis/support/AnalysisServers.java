package io.wenliu.analysis.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.wenliu.testing.KafkaTestResource;
import io.wenliu.testing.PostgresTestResource;

/** The real servers every @QuarkusTest of this module uses: Kafka and the {@code analysis} database. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "analysis"))
public final class AnalysisServers {
    private AnalysisServers() {}
}
