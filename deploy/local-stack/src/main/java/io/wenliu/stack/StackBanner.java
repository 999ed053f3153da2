package io.wenliu.stack;

/** The text the launcher prints once the stack is up: endpoints, API keys, example URLs. */
final class StackBanner {

    private StackBanner() {}

    static String describe(LocalStack stack, long seconds) {
        StringBuilder text = new StringBuilder();
        text.append("Wenliu local stack is up after ").append(seconds).append(" s (Ctrl-C stops everything)\n");
        text.append("  Kafka       ").append(stack.kafkaBootstrapServers()).append('\n');
        text.append("  OpenSearch  ").append(stack.openSearchUrl()).append('\n');
        text.append("  PostgreSQL  ").append(stack.jdbcUrl("ingest")).append(" (and /analysis), user postgres\n");
        text.append("  Drop dir    ").append(stack.options().dropDir()).append('\n');
        text.append("  Logs        ").append(stack.options().logsDir()).append('\n');
        text.append("  Supervisor  restarts what exits (back-off 1 s to 30 s): ")
                .append(stack.supervisorStatus())
                .append('\n');
        text.append("  Ingest API key ").append(stack.ingestApiKey()).append('\n');
        text.append("  Search admin API key ").append(stack.searchAdminApiKey()).append('\n');
        if (stack.options().startServices()) {
            text.append("  Ingest      ").append(stack.ingestUrl()).append('\n');
            text.append("  Search page ").append(stack.searchUrl()).append("/\n");
            if (stack.options().instances() > 1) {
                text.append("  Instances   ");
                text.append(String.join(
                        ", ",
                        stack.services().stream()
                                .map(service -> service.instanceName() + " " + service.url())
                                .toList()));
                text.append('\n');
            }
            text.append("  Example     ").append(SearchProbe.queryUrl(stack.searchUrl(), LocalStack.EXAMPLE_QUERY));
            text.append("  (")
                    .append(stack.searchUrl())
                    .append("/api/search?q=")
                    .append(LocalStack.EXAMPLE_QUERY)
                    .append(")\n");
        }
        return text.toString();
    }
}
