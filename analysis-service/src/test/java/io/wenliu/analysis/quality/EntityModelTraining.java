package io.wenliu.analysis.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wenliu.analysis.entity.model.ModelFile;
import io.wenliu.analysis.entity.model.WeightTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Development tool (its name does not end in Test, so the build does not run it): trains the entity model on all of
 * People's Daily dev with {@link EntityModelFolds#EPOCHS} epochs and the fixed seed, twice, and checks both give the
 * same bytes. The seed gold is never trained on. Nothing ships the model (see {@code EntityRecognizer.standard()}).
 *
 * <p>{@code ./mvnw -o -pl analysis-service test -Dtest=EntityModelTraining -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dmodel.update=true]}; with {@code -Dmodel.update=true} it also writes the model to {@code
 * analysis-service/target/entity-model.gz}.
 */
class EntityModelTraining {
    private static final Path MODEL = EvalData.projectRoot().resolve("analysis-service/target/entity-model.gz");

    @Test
    void trainingOnPeoplesDailyDevIsReproducible() throws IOException {
        Optional<Path> dev = EvalData.peoplesDailyDev();
        assumeTrue(dev.isPresent(), "skipped: ../shared/eval/peoples-daily-dev.bio not found beside the project");

        List<EntityModelFolds.Item> items = EntityModelFolds.prepare(dev.get());
        WeightTable table = EntityModelFolds.train(items, i -> true, EntityModelFolds.EPOCHS);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelFile.write(table, bytes);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ModelFile.write(
                EntityModelFolds.train(EntityModelFolds.prepare(dev.get()), i -> true, EntityModelFolds.EPOCHS), again);
        assertThat(again.toByteArray()).as("same data, same model").isEqualTo(bytes.toByteArray());

        if (Boolean.getBoolean("model.update")) {
            Files.createDirectories(MODEL.getParent());
            Files.write(MODEL, bytes.toByteArray());
            System.out.println("wrote " + MODEL + ": " + table.size() + " features, " + bytes.size() + " bytes");
        }
    }
}
