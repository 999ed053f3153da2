package io.wenliu.bench;

/** One service instance the benchmark talks to; the start-to-ready time is known only for a stack of its own. */
public record ServiceEndpoint(String service, String instanceName, String url, int port, Double startupSeconds) {}
