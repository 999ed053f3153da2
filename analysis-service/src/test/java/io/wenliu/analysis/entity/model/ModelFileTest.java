package io.wenliu.analysis.entity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ModelFileTest {

    private static WeightTable table() {
        float[] weights = new float[3 * Tags.COUNT];
        weights[1] = 0.5f;
        weights[Tags.COUNT + 4] = -2.25f;
        weights[2 * Tags.COUNT + Tags.COUNT - 1] = 1e-7f;
        float[] transitions = new float[(Tags.COUNT + 1) * Tags.COUNT];
        transitions[7] = -3f;
        transitions[transitions.length - 1] = 0.125f;
        return new WeightTable(new long[] {-5L, 42L, Long.MAX_VALUE}, weights, transitions);
    }

    private static byte[] bytes(WeightTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(table, out);
        return out.toByteArray();
    }

    @Test
    void aTableReadBackIsTheTableWritten() throws IOException {
        WeightTable read = ModelFile.read(new ByteArrayInputStream(bytes(table())));

        assertThat(read).isEqualTo(table());
        assertThat(read.transition(0, 7)).isEqualTo(-3f);
    }

    @Test
    void theSameTableGivesTheSameBytes() throws IOException {
        assertThat(bytes(table())).isEqualTo(bytes(table()));
    }

    @Test
    void aFileOfAnotherKindIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }

        assertThatThrownBy(() -> ModelFile.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(IOException.class);
    }
}
