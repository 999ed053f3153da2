package io.wenliu.search.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for OpenSearch on a free loopback port that records the body of every bulk request and answers that each
 * action succeeded, so tests can see the exact bytes the client puts on the wire.
 */
public final class RecordingOpenSearch implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ACTIONS = List.of("index", "create", "update", "delete");

    private final HttpServer server;
    private final List<byte[]> bulkBodies = Collections.synchronizedList(new ArrayList<>());

    private RecordingOpenSearch(HttpServer server) {
        this.server = server;
    }

    /** Starts the server on a free loopback port. */
    public static RecordingOpenSearch start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            RecordingOpenSearch recorder = new RecordingOpenSearch(server);
            server.createContext("/", recorder::handle);
            server.start();
            return recorder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Base URL to configure the client with. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":"
                + server.getAddress().getPort();
    }

    /** The bodies of the bulk requests received so far, oldest first. */
    public List<byte[]> bulkBodies() {
        synchronized (bulkBodies) {
            return List.copyOf(bulkBodies);
        }
    }

    /** Forgets the recorded bodies. */
    public void clear() {
        bulkBodies.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
            bulkBodies.add(body);
            answer = JSON.writeValueAsBytes(bulkResponse(body));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static ObjectNode bulkResponse(byte[] body) throws IOException {
        ObjectNode response = JSON.createObjectNode().put("took", 1).put("errors", false);
        ArrayNode items = response.putArray("items");
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            JsonNode line = JSON.readTree(lines[i]);
            Map.Entry<String, JsonNode> action = line.fields().next();
            if (!ACTIONS.contains(action.getKey())) {
                throw new IOException("not a bulk action line: " + lines[i]);
            }
            JsonNode meta = action.getValue();
            items.addObject()
                    .putObject(action.getKey())
                    .put("_index", meta.path("_index").asText())
                    .put("_id", meta.path("_id").asText())
                    .put("_version", meta.path("version").asLong(1))
                    .put("result", action.getKey().equals("delete") ? "deleted" : "created")
                    .put("status", action.getKey().equals("delete") ? 200 : 201);
            if (!action.getKey().equals("delete")) {
                i++;
            }
        }
        return response;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
