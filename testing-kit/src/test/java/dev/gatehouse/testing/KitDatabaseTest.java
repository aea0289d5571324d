package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class KitDatabaseTest {

    @Test
    void replacesTheDatabaseOfAUrlAndKeepsItsParameters() {
        assertThat(KitDatabase.OnServer.withDatabase("jdbc:mysql://db:3306/app?sslMode=REQUIRED", "gatehouse_kit_1"))
                .isEqualTo("jdbc:mysql://db:3306/gatehouse_kit_1?sslMode=REQUIRED");
        assertThat(KitDatabase.OnServer.withDatabase("jdbc:mysql://db:3306", "x")).isEqualTo("jdbc:mysql://db:3306/x");
        assertThat(KitDatabase.OnServer.withDatabase("jdbc:mysql://db/app", "")).isEqualTo("jdbc:mysql://db/");
    }

    @Test
    void namesAFreshDatabaseEachTime() {
        assertThat(new KitDatabase.OnServer("jdbc:mysql://db/", "root", "").name())
                .startsWith("gatehouse_kit_")
                .isNotEqualTo(new KitDatabase.OnServer("jdbc:mysql://db/", "root", "").name());
    }

    @Test
    void acceptsOnlyMySqlProtocolUrls() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KitDatabase.OnServer("jdbc:postgresql://db/app", "root", ""));
    }
}
