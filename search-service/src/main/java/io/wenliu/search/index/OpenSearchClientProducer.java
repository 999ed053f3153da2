package io.wenliu.search.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.search.config.OpenSearchConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * Produces the single OpenSearch client used by indexing and search: every configured node, basic auth when a user
 * is set, and TLS trusting the configured CA when there is one.
 */
public class OpenSearchClientProducer {

    @Produces
    @Singleton
    OpenSearchClient openSearchClient(OpenSearchConfig config, ObjectMapper objectMapper) {
        return create(config, objectMapper);
    }

    /** The client for the given settings. */
    static OpenSearchClient create(OpenSearchConfig config, ObjectMapper objectMapper) {
        HttpHost[] nodes = config.url().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        ApacheHttpClient5TransportBuilder builder =
                ApacheHttpClient5TransportBuilder.builder(nodes).setMapper(new JacksonJsonpMapper(objectMapper.copy()));
        builder.setHttpClientConfigCallback(http -> {
            if (config.username().isPresent()) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(
                        new AuthScope(null, -1),
                        new UsernamePasswordCredentials(
                                config.username().get(),
                                config.password().orElse("").toCharArray()));
                http.setDefaultCredentialsProvider(credentials);
            }
            config.caFile()
                    .ifPresent(ca -> http.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                            .setTlsStrategy(ClientTlsStrategyBuilder.create()
                                    .setSslContext(TrustedCa.sslContext(ca))
                                    .build())
                            .setMaxConnPerRoute(ApacheHttpClient5TransportBuilder.DEFAULT_MAX_CONN_PER_ROUTE)
                            .setMaxConnTotal(ApacheHttpClient5TransportBuilder.DEFAULT_MAX_CONN_TOTAL)
                            .build()));
            return http;
        });
        return new OpenSearchClient(builder.build());
    }

    void close(@Disposes OpenSearchClient client) throws IOException {
        client._transport().close();
    }
}
