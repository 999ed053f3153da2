package io.wenliu.search.index;

import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.GetIndexResponse;

/** Creates versioned indices from the definition resource and moves the search alias between them. */
@Singleton
public class IndexManager {

    private static final Logger LOG = Logger.getLogger(IndexManager.class);

    private final OpenSearchClient client;
    private final IndexDefinition definition;
    private final String alias;
    private final String prefix;
    private final Pattern versioned;

    public IndexManager(OpenSearchClient client, IndexDefinition definition, SearchConfig config) {
        this.client = client;
        this.definition = definition;
        this.alias = config.alias();
        this.prefix = config.indexPrefix();
        this.versioned = Pattern.compile(Pattern.quote(prefix) + "(\\d+)");
    }

    /** The alias searches go through. */
    public String alias() {
        return alias;
    }

    /** Returns the index behind the alias, creating the first version and the alias when neither exists. */
    public String ensureLiveIndex() throws IOException {
        Optional<String> current = currentIndex();
        if (current.isPresent()) {
            return current.get();
        }
        String first = prefix + 1;
        if (!client.indices().exists(e -> e.index(first)).value()) {
            create(first);
        }
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(alias))));
        LOG.infof("alias %s now points at %s", alias, first);
        return first;
    }

    /** The index the alias currently points at, if any. */
    public Optional<String> currentIndex() throws IOException {
        return aliasedIndices().stream().sorted().reduce((a, b) -> b);
    }

    /** Every index the alias points at (one, except by hand-made changes). */
    public Set<String> aliasedIndices() throws IOException {
        if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
            return Set.of();
        }
        return client.indices().getAlias(g -> g.name(alias)).result().keySet();
    }

    /**
     * Deletes {@code index} unless the alias points at it. Returns true when deleted, false when kept because the alias
     * points at it.
     */
    public boolean deleteUnlessAliased(String index) throws IOException {
        if (aliasedIndices().contains(index)) {
            LOG.warnf("not deleting %s: alias %s points at it", index, alias);
            return false;
        }
        client.indices().delete(d -> d.index(index));
        LOG.infof("deleted index %s", index);
        return true;
    }

    /** The name of the next index version: one above the highest existing version. */
    public String nextIndexName() throws IOException {
        GetIndexResponse indices =
                client.indices().get(g -> g.index(prefix + "*").allowNoIndices(true));
        int highest = 0;
        for (String name : indices.result().keySet()) {
            Matcher matcher = versioned.matcher(name);
            if (matcher.matches()) {
                highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
            }
        }
        return prefix + (highest + 1);
    }

    /** Creates an index with the settings and mappings of the definition resource. */
    public void create(String index) throws IOException {
        try (Response response = client.generic()
                .execute(Requests.builder()
                        .method("PUT")
                        .endpoint("/" + index)
                        .json(definition.json())
                        .build())) {
            if (response.getStatus() >= 300) {
                String body = response.getBody().map(b -> b.bodyAsString()).orElse("");
                throw new IOException("creating index " + index + " failed: HTTP " + response.getStatus() + " " + body);
            }
        }
        LOG.infof("created index %s", index);
    }

    /** Points the alias at {@code to} and away from {@code from} in one atomic request. */
    public void swapAlias(String from, String to) throws IOException {
        client.indices()
                .updateAliases(u -> u.actions(a -> a.remove(r -> r.index(from).alias(alias)))
                        .actions(a -> a.add(add -> add.index(to).alias(alias))));
        LOG.infof("alias %s moved from %s to %s", alias, from, to);
    }

    /** Makes recent writes to the index visible to searches. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }
}
