package io.wenliu.ingest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Writes test files into the drop folder the way a user would: written elsewhere, then moved in. */
public final class DropFiles {

    private DropFiles() {}

    /** Drops a file with the given bytes under {@code name}. */
    public static Path drop(Path dropDir, String name, byte[] content) throws IOException {
        Path staging = Files.createDirectories(dropDir.resolveSibling("staging"));
        Path tmp = staging.resolve(UUID.randomUUID() + ".tmp");
        Files.write(tmp, content);
        return Files.move(tmp, dropDir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops a UTF-8 text file. */
    public static Path drop(Path dropDir, String name, String text) throws IOException {
        return drop(dropDir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A small unique article: a title line and a body that no other test uses. */
    public static String uniqueArticle(String title) {
        return title + "\n新华社北京3月12日电 这是一篇测试文章，编号" + UUID.randomUUID() + "。各地疫情防控工作有序推进。\n";
    }
}
