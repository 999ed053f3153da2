package io.wenliu.search.config;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** OpenSearch connection settings (prefix {@code wenliu.opensearch}). */
@ConfigMapping(prefix = "wenliu.opensearch")
public interface OpenSearchConfig {

    /**
     * Base URLs of the cluster's nodes, comma-separated (env OPENSEARCH_URL), e.g. {@code https://os-1:9200,https://os-2:9200};
     * requests go round the nodes and skip one that fails.
     */
    List<URI> url();

    /** Optional basic-auth user name. */
    Optional<String> username();

    /** Optional basic-auth password. */
    Optional<String> password();

    /**
     * PEM file with the CA certificate(s) that signed the nodes' TLS certificates (env OPENSEARCH_CA_FILE); without it
     * the JVM's default trust store decides.
     */
    Optional<Path> caFile();
}
