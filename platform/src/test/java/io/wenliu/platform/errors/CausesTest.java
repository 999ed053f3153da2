package io.wenliu.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CausesTest {

    @Test
    void findsTheTypeAnywhereInTheChainAndNowhereElse() {
        Exception chain = new IllegalStateException("outer", new UncheckedIOException(new IOException("disk")));

        assertThat(Causes.has(chain, IllegalStateException.class)).isTrue();
        assertThat(Causes.has(chain, IOException.class)).isTrue();
        assertThat(Causes.has(chain, RuntimeException.class)).isTrue();
        assertThat(Causes.has(chain, SQLException.class)).isFalse();
        assertThat(Causes.has(null, IOException.class)).isFalse();
    }

    @Test
    void findReturnsTheFirstOfTheTypeInTheChain() {
        IOException disk = new IOException("disk");
        Exception chain = new IllegalStateException("outer", new UncheckedIOException(disk));

        assertThat(Causes.find(chain, IOException.class)).isSameAs(disk);
        assertThat(Causes.find(chain, RuntimeException.class)).isSameAs(chain);
        assertThat(Causes.find(chain, ArithmeticException.class)).isNull();
        assertThat(Causes.find(null, IOException.class)).isNull();
    }

    @Test
    void aCauseThatIsItsOwnCauseEndsTheChain() {
        Exception selfCaused = new Exception("loop") {
            @Override
            public synchronized Throwable getCause() {
                return this;
            }
        };

        assertThat(Causes.has(selfCaused, IOException.class)).isFalse();
    }
}
