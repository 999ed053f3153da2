package io.wenliu.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Gives a Quarkus test the JVM-wide OpenSearch node as {@code wenliu.opensearch.url}. */
public class OpenSearchTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("wenliu.opensearch.url", (String) JvmWide.call("openSearchUrl", new Class<?>[0]));
    }

    @Override
    public void stop() {
        // shared by every test of this JVM; a shutdown hook stops it
    }
}
