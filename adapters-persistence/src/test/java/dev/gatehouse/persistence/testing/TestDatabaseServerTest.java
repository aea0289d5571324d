package dev.gatehouse.persistence.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDatabaseServerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:mysql://db.test:3306/app?sslMode=REQUIRED&x=1 | jdbc:mysql://db.test:3306/gh_t?sslMode=REQUIRED&x=1",
            "jdbc:mysql://db.test:3306/?sslMode=REQUIRED        | jdbc:mysql://db.test:3306/gh_t?sslMode=REQUIRED",
            "jdbc:mysql://db.test:3306                         | jdbc:mysql://db.test:3306/gh_t",
            "jdbc:mysql://db.test/app                          | jdbc:mysql://db.test/gh_t",
            "jdbc:mysql://db.test?useSSL=false                 | jdbc:mysql://db.test/gh_t?useSSL=false"})
    void replacesOnlyTheDatabaseOfATestDatabaseUrl(String given, String expected) {
        assertThat(TestDatabaseServer.withDatabase(given, "gh_t")).isEqualTo(expected);
    }
}
