package io.wenliu.ingest.drop;

import io.wenliu.ingest.config.IngestConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The folders of the file drop: drop, claimed/&lt;instance&gt;, processed and failed (created on demand). */
@ApplicationScoped
public class DropFolders {

    @Inject
    IngestConfig config;

    /** Folder users drop files into. */
    public Path drop() {
        return ensure(Path.of(config.dropDir()));
    }

    /** Folder of successfully ingested files. */
    public Path processed() {
        return ensure(config.processedDir().map(Path::of).orElseGet(() -> sibling("processed")));
    }

    /** Folder of failed files and their sidecars. */
    public Path failed() {
        return ensure(config.failedDir().map(Path::of).orElseGet(() -> sibling("failed")));
    }

    /** This instance's folder of claimed files, one sub-folder per document id. */
    public Path claimed() {
        Path root = config.claimedDir().map(Path::of).orElseGet(() -> sibling("claimed"));
        return ensure(root.resolve(instanceId()));
    }

    /** Name of this instance, used to keep its claims apart from other instances sharing the folders. */
    public String instanceId() {
        return config.instanceId().orElseGet(DropFolders::hostName).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private Path sibling(String name) {
        Path drop = Path.of(config.dropDir()).toAbsolutePath().normalize();
        Path parent = drop.getParent();
        return parent == null ? drop.resolve(name) : parent.resolve(name);
    }

    private static Path ensure(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create folder " + dir, e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "ingest";
        }
    }

    /** Whether {@code claimed/<any instance>/<id>} exists: the document's file is still being handled by someone. */
    public boolean claimedAnywhere(UUID id) {
        Path instances = claimed().getParent();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(instances)) {
            for (Path instance : dirs) {
                if (Files.exists(instance.resolve(id.toString()))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // Cannot tell: callers leave the document for their next check.
            return true;
        }
    }
}
