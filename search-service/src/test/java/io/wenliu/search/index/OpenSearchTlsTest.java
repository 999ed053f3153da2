package io.wenliu.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.wenliu.search.config.OpenSearchConfig;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * The client against a TLS node whose certificate only the configured CA vouches for, with basic auth, listed after
 * a node that is down (material in src/test/resources/tls). A real secured OpenSearch cluster is not run here.
 */
class OpenSearchTlsTest {
    private static final Path TLS = Path.of("src/test/resources/tls");

    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpsServer node;

    @BeforeEach
    void startTlsNode() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = getClass().getResourceAsStream("/tls/node.p12")) {
            keys.load(in, "wenliu".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, "wenliu".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        node = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        node.setHttpsConfigurator(new HttpsConfigurator(context));
        node.createContext("/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        node.start();
    }

    @AfterEach
    void stopTlsNode() {
        node.stop(0);
    }

    @Test
    void theConfiguredCaAndCredentialsReachANodeAfterADeadOne() throws Exception {
        OpenSearchClient client = client("node.pem");

        assertThat(client.ping().value()).isTrue();
        assertThat(authorizations)
                .contains("Basic "
                        + Base64.getEncoder().encodeToString("wenliu:secret".getBytes(StandardCharsets.UTF_8)));
        client._transport().close();
    }

    @Test
    void aNodeTheCaDoesNotVouchForIsRefused() throws Exception {
        OpenSearchClient client = client("other-ca.pem");

        assertThatThrownBy(() -> client.ping()).hasStackTraceContaining("SSLHandshakeException");
        client._transport().close();
    }

    private OpenSearchClient client(String ca) throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        List<URI> urls = List.of(
                URI.create("https://127.0.0.1:" + deadPort),
                URI.create("https://127.0.0.1:" + node.getAddress().getPort()));
        return OpenSearchClientProducer.create(
                new OpenSearchConfig() {
                    @Override
                    public List<URI> url() {
                        return urls;
                    }

                    @Override
                    public Optional<String> username() {
                        return Optional.of("wenliu");
                    }

                    @Override
                    public Optional<String> password() {
                        return Optional.of("secret");
                    }

                    @Override
                    public Optional<Path> caFile() {
                        return Optional.of(TLS.resolve(ca));
                    }
                },
                new ObjectMapper());
    }
}
