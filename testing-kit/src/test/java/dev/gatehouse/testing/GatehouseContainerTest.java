package dev.gatehouse.testing;

import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The image built from the repository's Dockerfile, run by {@link GatehouseContainer} on its embedded
 * database and on MySQL 8, through the same journey as the in-process tests. Needs a Docker engine
 * (and the network, to build the image): skipped without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class GatehouseContainerTest {

    private static final ImageFromDockerfile IMAGE = new ImageFromDockerfile("gatehouse-kit-test", false)
            .withDockerfile(Path.of("..", "Dockerfile").toAbsolutePath().normalize());

    @Nested
    class OnTheEmbeddedDatabase {

        @Container
        final GatehouseContainer gatehouse = new GatehouseContainer(IMAGE);

        @Test
        void servesTheJourney() {
            ClientJourney.registerSignInAndBecomeAdmin(gatehouse.client());
        }
    }

    @Nested
    class OnMySql {

        final MySQLContainer mysql = new MySQLContainer("mysql:8.4");

        @Container
        final GatehouseContainer gatehouse = new GatehouseContainer(IMAGE).withMySql(mysql);

        @Test
        void servesTheJourney() {
            ClientJourney.registerSignInAndBecomeAdmin(gatehouse.client());
        }
    }
}
