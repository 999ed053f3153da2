package io.wenliu.search.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wenliu.testing.KafkaTestResource;
import io.wenliu.testing.OpenSearchTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the shared Kafka and OpenSearch test servers with the system class loader as context class loader (the Kafka
 * admin client inside the shared broker otherwise loads its reporters from the Quarkus class loader and fails), and
 * routes the service to OpenSearch through the {@link OpenSearchOutage} proxy.
 */
public class TestServers implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            Map<String, String> config = new HashMap<>(new KafkaTestResource().start());
            Map<String, String> openSearch = new OpenSearchTestResource().start();
            config.put("wenliu.opensearch.url", OpenSearchOutage.proxy(openSearch.get("wenliu.opensearch.url")));
            return config;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop() {
        // the servers are JVM-wide and stopped by a shutdown hook
    }
}
