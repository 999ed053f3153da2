package io.wenliu.platform.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics a service produces before it publishes anything, so that no broker auto-creates them with its
 * own defaults. Idempotent: a topic that exists is left as it is (a compacted topic cannot be repartitioned), with a
 * warning when it has fewer partitions or replicas than its {@link TopicLayout}.
 */
public final class TopicCreator {

    private static final Logger LOG = Logger.getLogger(TopicCreator.class);
    private static final long TIMEOUT_SECONDS = 30;
    private static final long FIRST_DELAY_MS = 500;
    private static final long MAX_DELAY_MS = 30_000;

    private final Admin admin;
    private final TopicLayout layout;

    public TopicCreator(Admin admin, TopicLayout layout) {
        this.admin = admin;
        this.layout = layout;
    }

    /** One attempt; true when every topic exists afterwards, false (logged) when the cluster could not be asked. */
    public boolean ensure(List<TopicSpec> topics) throws InterruptedException {
        try {
            int brokers = admin.describeCluster()
                    .nodes()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                    .size();
            Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec spec : topics) {
                if (!existing.contains(spec.name())) {
                    missing.add(layout.plan(spec, brokers));
                }
            }
            for (NewTopic topic : missing) {
                create(topic);
            }
            warnAboutSmallerTopics(topics, existing, brokers);
            return true;
        } catch (ExecutionException e) {
            LOG.warnf("could not create the topics %s yet: %s", names(topics), e.getCause());
        } catch (TimeoutException e) {
            LOG.warnf("timed out creating the topics %s; trying again", names(topics));
        }
        return false;
    }

    /** Tries until every topic exists, waiting 0.5 s and then twice as long each time, up to 30 s. */
    public void ensureUntilDone(List<TopicSpec> topics) throws InterruptedException {
        long delay = FIRST_DELAY_MS;
        while (!ensure(topics)) {
            Thread.sleep(delay);
            delay = Math.min(delay * 2, MAX_DELAY_MS);
        }
    }

    private void create(NewTopic topic) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            LOG.infof(
                    "created topic %s: %d partitions, replication %d, %s",
                    topic.name(), topic.numPartitions(), topic.replicationFactor(), topic.configs());
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e; // another replica creating it at the same moment is fine; anything else is not
            }
        }
    }

    private void warnAboutSmallerTopics(List<TopicSpec> topics, Set<String> existing, int brokers)
            throws InterruptedException {
        List<String> names =
                topics.stream().map(TopicSpec::name).filter(existing::contains).toList();
        if (names.isEmpty()) {
            return;
        }
        try {
            Map<String, TopicDescription> descriptions =
                    admin.describeTopics(names).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            for (TopicSpec spec : topics) {
                TopicDescription description = descriptions.get(spec.name());
                if (description != null) {
                    warnIfSmaller(spec, description, brokers);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            LOG.debugf("could not compare the existing topics %s with their layout: %s", names, e.toString());
        }
    }

    private void warnIfSmaller(TopicSpec spec, TopicDescription description, int brokers) {
        int partitions = description.partitions().size();
        int wanted = layout.partitions(spec);
        if (partitions < wanted) {
            LOG.warnf(
                    "topic %s exists with %d partitions, fewer than the %d configured: at most %d consumers share it",
                    spec.name(), partitions, wanted, partitions);
        }
        int replicas = description.partitions().get(0).replicas().size();
        int wantedReplicas = layout.replication(spec.name(), brokers);
        if (replicas < wantedReplicas) {
            LOG.warnf(
                    "topic %s exists with replication %d, less than the %d configured: losing a broker can lose it",
                    spec.name(), replicas, wantedReplicas);
        }
    }

    private static List<String> names(List<TopicSpec> topics) {
        return topics.stream().map(TopicSpec::name).toList();
    }
}
