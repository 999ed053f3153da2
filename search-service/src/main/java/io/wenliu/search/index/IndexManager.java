package io.wenliu.search.index;

import io.wenliu.search.config.SearchConfig;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.opensearch.indices.GetIndexResponse;
import org.opensearch.client.opensearch.indices.get_alias.IndexAliases;

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

    /** The alias on an index being rebuilt: every replica writes live events to it too. */
    public String buildingAlias() {
        return alias + "-building";
    }

    /**
     * The indices live events go to, read from OpenSearch so that every replica agrees: the one behind the alias, then
     * the one being rebuilt, if any.
     */
    public List<String> writeIndices() throws IOException {
        Map<String, IndexAliases> byIndex = client.indices()
                .getAlias(g -> g.index(prefix + "*").allowNoIndices(true).ignoreUnavailable(true))
                .result();
        List<String> live = new ArrayList<>();
        List<String> building = new ArrayList<>();
        byIndex.forEach((index, aliases) -> {
            if (aliases.aliases().containsKey(alias)) {
                live.add(index);
            } else if (aliases.aliases().containsKey(buildingAlias())) {
                building.add(index);
            }
        });
        live.sort(null);
        building.sort(null);
        live.addAll(building);
        return List.copyOf(live);
    }

    /** Marks {@code index} as being rebuilt: from now on every replica writes live events to it too. */
    public void startBuilding(String index) throws IOException {
        client.indices()
                .updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(buildingAlias()))));
    }

    /** Ends the rebuild of {@code index} without swapping (a failed reindex): replicas stop writing to it. */
    public void stopBuilding(String index) throws IOException {
        if (client.indices()
                .existsAlias(e -> e.name(buildingAlias()).index(index))
                .value()) {
            client.indices()
                    .updateAliases(
                            u -> u.actions(a -> a.remove(r -> r.index(index).alias(buildingAlias()))));
        }
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

    /** Points the alias at {@code to}, away from {@code from}, and ends {@code to}'s rebuild, in one atomic request. */
    public void swapAlias(String from, String to) throws IOException {
        client.indices()
                .updateAliases(u -> u.actions(a -> a.remove(r -> r.index(from).alias(alias)))
                        .actions(a -> a.remove(r -> r.index(to).alias(buildingAlias())))
                        .actions(a -> a.add(add -> add.index(to).alias(alias))));
        LOG.infof("alias %s moved from %s to %s", alias, from, to);
    }

    /** Makes recent writes to the index visible to searches. */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }
}
