package io.wenliu.ingest.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.wenliu.testing.KafkaTestResource;
import java.util.Map;

/**
 * {@link KafkaTestResource} started with the system class loader as context class loader, so the JVM-wide broker's
 * own Kafka admin client does not mix Kafka classes from Quarkus' class loader with its own.
 */
public class SystemLoaderKafkaResource implements QuarkusTestResourceLifecycleManager {

    private final KafkaTestResource delegate = new KafkaTestResource();

    @Override
    public Map<String, String> start() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            return delegate.start();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void stop() {
        delegate.stop();
    }
}
