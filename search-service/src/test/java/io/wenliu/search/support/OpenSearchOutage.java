package io.wenliu.search.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * The JVM-wide switch in front of the test OpenSearch: the service always talks to it through a {@link TcpProxy}, so a
 * test can take OpenSearch "down" and bring it back without restarting anything. The switch lives in the system
 * properties so that the test resource and the test (different class loaders) share it.
 */
public final class OpenSearchOutage {

    private static final String SWITCH = "wenliu-search-test.opensearch-switch";
    private static final String URL = "wenliu-search-test.opensearch-proxy-url";

    private OpenSearchOutage() {}

    /** The proxied URL for the real OpenSearch at {@code url}, creating the proxy once per JVM. */
    static synchronized String proxy(String url) {
        Object existing = System.getProperties().get(URL);
        if (existing != null) {
            return (String) existing;
        }
        URI target = URI.create(url);
        try {
            TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort());
            Consumer<Boolean> control = open -> {
                try {
                    if (open) {
                        proxy.open();
                    } else {
                        proxy.close();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            System.getProperties().put(SWITCH, control);
            String proxied = "http://127.0.0.1:" + proxy.port();
            System.getProperties().put(URL, proxied);
            return proxied;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes OpenSearch unreachable (false) or reachable again (true). */
    @SuppressWarnings("unchecked")
    public static void reachable(boolean open) {
        ((Consumer<Boolean>) System.getProperties().get(SWITCH)).accept(open);
    }
}
