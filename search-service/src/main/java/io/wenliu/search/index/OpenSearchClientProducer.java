package io.wenliu.search.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wenliu.search.config.OpenSearchConfig;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URISyntaxException;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/** Produces the single OpenSearch client used by indexing and search. */
public class OpenSearchClientProducer {

    @Produces
    @Singleton
    OpenSearchClient openSearchClient(OpenSearchConfig config, ObjectMapper objectMapper) throws URISyntaxException {
        HttpHost host = HttpHost.create(config.url());
        ApacheHttpClient5TransportBuilder builder =
                ApacheHttpClient5TransportBuilder.builder(host).setMapper(new JacksonJsonpMapper(objectMapper.copy()));
        if (config.username().isPresent()) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    new AuthScope(host),
                    new UsernamePasswordCredentials(
                            config.username().get(),
                            config.password().orElse("").toCharArray()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return new OpenSearchClient(builder.build());
    }

    void close(@Disposes OpenSearchClient client) throws IOException {
        client._transport().close();
    }
}
