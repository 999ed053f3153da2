package io.wenliu.search.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wenliu.testing.KafkaTestResource;
import io.wenliu.testing.OpenSearchTestResource;
import java.util.HashMap;
import java.util.Map;

/** Starts the shared Kafka and OpenSearch test servers and routes the service to OpenSearch through the {@link OpenSearchOutage} proxy. */
public class TestServers implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(new KafkaTestResource().start());
        Map<String, String> openSearch = new OpenSearchTestResource().start();
        config.put("wenliu.opensearch.url", OpenSearchOutage.proxy(openSearch.get("wenliu.opensearch.url")));
        return config;
    }

    @Override
    public void stop() {
        // the servers are JVM-wide and stopped by a shutdown hook
    }
}
