package dev.gatehouse.testing;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mysql.MySQLContainer;

/**
 * The image on MySQL 8, through the journey the in-process tests take. Needs a Docker engine (and
 * the network, to build the image): skipped without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class GatehouseContainerMySqlTest {

    @Container
    static final GatehouseContainer GATEHOUSE = new GatehouseContainer(DockerfileImage.GATEHOUSE)
            .withMySql(new MySQLContainer("mysql:8.4"));

    @Test
    void servesTheJourneyOfTheInProcessTests() {
        ClientJourney.registerSignInAndBecomeAdmin(GATEHOUSE.client());
    }
}
