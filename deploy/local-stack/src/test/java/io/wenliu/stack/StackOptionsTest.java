package io.wenliu.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackOptionsTest {

    private static StackOptions createObjectUnderTest() {
        return StackOptions.defaults(Path.of("/project"));
    }

    @Test
    void runsOneInstanceOfEachServiceByDefault() {
        assertThat(createObjectUnderTest().instances()).isEqualTo(1);
        assertThat(StackOptions.ephemeral(Path.of("/project"), Path.of("/tmp/data"))
                        .instances())
                .isEqualTo(1);
    }

    @Test
    void instancesFlagSetsTheNumberOfAnalysisAndSearchInstances() {
        StackOptions options = createObjectUnderTest().withArgs(List.of("--no-seeds", "--instances=3"));

        assertThat(options.instances()).isEqualTo(3);
        assertThat(options.dropSeeds()).isFalse();
        assertThat(options.ingestPort()).isEqualTo(8081);
    }

    @Test
    void kafkaSaslFlagSwitchesOnlyTheServicesKafkaLogin() {
        StackOptions options = createObjectUnderTest().withArgs(List.of("--kafka-sasl", "--instances=2"));

        assertThat(options.kafkaSasl()).isTrue();
        assertThat(options.instances()).as("other flags still apply").isEqualTo(2);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(createObjectUnderTest().kafkaSasl()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--instances=0", "--instances=-1", "--instances=two", "--instances=", "--instances=1.5"})
    void instancesFlagRejectsAnythingButAWholeNumberOfAtLeastOne(String flag) {
        assertThatThrownBy(() -> createObjectUnderTest().withArgs(List.of(flag)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--instances needs a whole number >= 1")
                .hasMessageContaining(StackOptions.USAGE);
    }

    @Test
    void unknownFlagNamesTheUsage() {
        assertThatThrownBy(() -> createObjectUnderTest().withArgs(List.of("--instances")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown flag --instances")
                .hasMessageContaining("[--instances=N]");
    }
}
