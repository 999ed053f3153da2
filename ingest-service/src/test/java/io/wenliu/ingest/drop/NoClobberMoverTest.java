package io.wenliu.ingest.drop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoClobberMoverTest {

    @TempDir
    Path tmp;

    @Test
    void clashingNamesGetNumberedAndNothingIsOverwritten() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("processed"));
        Path first = NoClobberMover.move(write("a/新闻 稿.txt", "one"), target, "新闻 稿.txt");
        Path second = NoClobberMover.move(write("b/新闻 稿.txt", "two"), target, "新闻 稿.txt");
        Path third = NoClobberMover.move(write("c/新闻 稿.txt", "three"), target, "新闻 稿.txt");

        assertThat(first.getFileName()).hasToString("新闻 稿.txt");
        assertThat(second.getFileName()).hasToString("新闻 稿 (1).txt");
        assertThat(third.getFileName()).hasToString("新闻 稿 (2).txt");
        assertThat(Files.readString(first)).isEqualTo("one");
        assertThat(Files.readString(second)).isEqualTo("two");
        assertThat(Files.readString(third)).isEqualTo("three");
        assertThat(tmp.resolve("a/新闻 稿.txt")).doesNotExist();
    }

    @Test
    void movesDirectoriesWithoutClobbering() throws IOException {
        Path target = Files.createDirectories(tmp.resolve("failed"));
        Files.createDirectories(target.resolve("folder"));
        Path dir = Files.createDirectories(tmp.resolve("x/folder"));

        Path moved = NoClobberMover.move(dir, target, "folder");

        assertThat(moved.getFileName()).hasToString("folder (1)");
        assertThat(moved).isDirectory();
    }

    @Test
    void numbersNamesWithoutExtension() {
        assertThat(NoClobberMover.variant("README", 3)).isEqualTo("README (3)");
        assertThat(NoClobberMover.variant(".env", 1)).isEqualTo(".env (1)");
        assertThat(NoClobberMover.variant("a.b.txt", 1)).isEqualTo("a.b (1).txt");
    }

    private Path write(String relative, String content) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
