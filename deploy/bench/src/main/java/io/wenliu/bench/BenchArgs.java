package io.wenliu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parses the command line of {@code deploy/bench.sh} ({@code --name value} or {@code --name=value}). */
final class BenchArgs {

    static final String USAGE = String.join(
            "\n",
            "usage: deploy/bench.sh [options]",
            "  --articles N            burst size (default 2000)",
            "  --chars C               characters per generated article (default 2000)",
            "  --corpus DIR            use the .txt/.md/.html files of DIR instead of generated articles",
            "  --upload-articles N     uploaded articles (default: --articles)",
            "  --upload-clients K      concurrent upload clients (default 4)",
            "  --freshness-samples S   single-article probes, idle and under load (default 20)",
            "  --load-rate R           articles/s dropped in the background while under load (default: half the",
            "                          burst's rate, or of the upload's if the burst is skipped)",
            "  --search-index-size M   fill the index to at least M articles before the search phase (default 20000)",
            "  --search-seconds T      measured seconds per search run (default 20)",
            "  --search-clients L      concurrency levels, comma-separated (default 16,32)",
            "  --search-queries Q      repeated (a few dozen frequent terms, cycled) or distinct (term pairs, none",
            "                          repeated within a level, so no answer comes from a cache) (default repeated)",
            "  --instances K           analysis and search instances; K > 1 needs a stack of its own (default 1)",
            "  --timeout SECONDS       longest wait per phase (default 900)",
            "  --smoke                 a quick run: articles 30, upload-articles 20, freshness-samples 5,",
            "                          search-index-size 0, search-seconds 3, search-clients 4, search-queries distinct",
            "  --skip PHASES           comma-separated: warmup, burst, raw, upload, freshness, load, fill, search",
            "  --own-stack             always start a stack of its own in data/bench/stack",
            "  --ingest-url URL        running stack (default http://127.0.0.1:8081)",
            "  --analysis-url URL      (default http://127.0.0.1:8082)",
            "  --search-url URL        (default http://127.0.0.1:8083)",
            "  --opensearch-url URL    (default http://127.0.0.1:9200)",
            "  --drop-dir DIR          the running stack's drop folder (default data/drop)",
            "  --ingest-api-key KEY    the running stack's upload key (default: the content of data/ingest-api-key)",
            "  --output-dir DIR        where results go (default data/bench)",
            "  --run-id ID             reuse a run id (yyyyMMdd-HHmmss) to regenerate the same corpus",
            "  --help                  this text");

    private static final Set<String> FLAGS = Set.of("--smoke", "--own-stack", "--help", "-h");
    private static final Set<String> VALUED = Set.of(
            "--articles",
            "--chars",
            "--corpus",
            "--upload-articles",
            "--upload-clients",
            "--freshness-samples",
            "--load-rate",
            "--search-index-size",
            "--search-seconds",
            "--search-clients",
            "--search-queries",
            "--instances",
            "--timeout",
            "--skip",
            "--ingest-url",
            "--analysis-url",
            "--search-url",
            "--opensearch-url",
            "--drop-dir",
            "--ingest-api-key",
            "--output-dir",
            "--run-id");

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private BenchArgs() {}

    /** Whether the command line asks for the usage text. */
    static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    /** The options of {@code args}; a {@link UsageException} names the first problem. */
    static BenchOptions parse(List<String> args) {
        BenchArgs parsed = new BenchArgs();
        parsed.read(args);
        return parsed.build();
    }

    private void read(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            if (FLAGS.contains(name) && value == null) {
                flags.add(name);
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(name + " needs a value");
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
    }

    private BenchOptions build() {
        boolean smoke = flags.contains("--smoke");
        int articles = integer("--articles", smoke ? 30 : 2000, 1);
        return new BenchOptions(
                articles,
                integer("--chars", 2000, 100),
                directory("--corpus"),
                integer("--upload-articles", smoke ? 20 : articles, 1),
                integer("--upload-clients", 4, 1),
                integer("--freshness-samples", smoke ? 5 : 20, 1),
                positiveNumber("--load-rate"),
                integer("--search-index-size", smoke ? 0 : 20000, 0),
                integer("--search-seconds", smoke ? 3 : 20, 1),
                integerList("--search-clients", smoke ? List.of(4) : List.of(16, 32)),
                SearchQueries.parse(values.getOrDefault("--search-queries", smoke ? "distinct" : "repeated")),
                integer("--instances", 1, 1),
                integer("--timeout", 900, 1),
                smoke,
                phases("--skip"),
                url("--ingest-url"),
                url("--analysis-url"),
                url("--search-url"),
                url("--opensearch-url"),
                path("--drop-dir"),
                text("--ingest-api-key"),
                flags.contains("--own-stack"),
                path("--output-dir"),
                runId("--run-id"));
    }

    private int integer(String name, int fallback, int minimum) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        return parseInteger(name, value, minimum);
    }

    private Double positiveNumber(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        double parsed;
        try {
            parsed = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a number > 0, got '" + value + "'");
        }
        if (!(parsed > 0) || Double.isInfinite(parsed)) {
            throw new UsageException(name + " needs a number > 0, got " + value);
        }
        return parsed;
    }

    private static int parseInteger(String name, String value, int minimum) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " needs a whole number >= " + minimum + ", got '" + value + "'");
        }
        if (parsed < minimum) {
            throw new UsageException(name + " needs a whole number >= " + minimum + ", got " + parsed);
        }
        return parsed;
    }

    private List<Integer> integerList(String name, List<Integer> fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            list.add(parseInteger(name, part, 1));
        }
        return list;
    }

    private Set<Phase> phases(String name) {
        Set<Phase> phases = EnumSet.noneOf(Phase.class);
        String value = values.get(name);
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    phases.add(Phase.byKey(part));
                }
            }
        }
        return phases;
    }

    private String url(String name) {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        if (!value.startsWith("http://") && !value.startsWith("https://")) {
            throw new UsageException(name + " needs an http:// or https:// URL, got '" + value + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private Path path(String name) {
        String value = values.get(name);
        return value == null ? null : Path.of(value).toAbsolutePath();
    }

    private Path directory(String name) {
        Path dir = path(name);
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UsageException(name + " " + dir + " is not a directory");
        }
        return dir;
    }

    private String text(String name) {
        String value = values.get(name);
        if (value != null && value.isBlank()) {
            throw new UsageException(name + " must not be empty");
        }
        return value == null ? null : value.trim();
    }

    private String runId(String name) {
        String value = values.get(name);
        if (value != null && !value.matches("\\d{8}-\\d{6}")) {
            throw new UsageException(name + " needs the form yyyyMMdd-HHmmss, got '" + value + "'");
        }
        return value;
    }
}
