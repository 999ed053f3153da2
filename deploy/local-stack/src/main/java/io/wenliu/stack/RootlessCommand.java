package io.wenliu.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prefixes commands that refuse to run as root with {@code unshare -U}, mapping root to an unprivileged uid. */
final class RootlessCommand {

    private RootlessCommand() {}

    /** Empty for a normal user; {@code unshare -U --map-user=1000 --map-group=1000} when running as root. */
    static List<String> prefix() {
        if (!isRoot()) {
            return List.of();
        }
        if (!Files.isExecutable(Path.of("/usr/bin/unshare")) && !Files.isExecutable(Path.of("/bin/unshare"))) {
            throw new IllegalStateException("OpenSearch refuses to run as root and `unshare` (util-linux) is"
                    + " missing: install util-linux or run as a normal user");
        }
        return List.of("unshare", "--user", "--map-user=1000", "--map-group=1000");
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
