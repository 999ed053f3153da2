package io.wenliu.search.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** OpenSearch connection settings (prefix {@code wenliu.opensearch}). */
@ConfigMapping(prefix = "wenliu.opensearch")
public interface OpenSearchConfig {

    /** Base URL of the OpenSearch node, e.g. http://127.0.0.1:9200. */
    String url();

    /** Optional basic-auth user name. */
    Optional<String> username();

    /** Optional basic-auth password. */
    Optional<String> password();
}
