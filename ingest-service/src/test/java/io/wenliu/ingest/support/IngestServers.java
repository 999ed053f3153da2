package io.wenliu.ingest.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.wenliu.testing.KafkaTestResource;
import io.wenliu.testing.PostgresTestResource;

/** Declares, once for every @QuarkusTest of the module, the real Kafka and PostgreSQL they run against. */
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "ingest"))
public final class IngestServers {

    private IngestServers() {}
}
