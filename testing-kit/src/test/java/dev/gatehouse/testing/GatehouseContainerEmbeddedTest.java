package dev.gatehouse.testing;

import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The image on its embedded database, through the journey the in-process tests take. Needs a Docker
 * engine (and the network, to build the image): skipped without one.
 */
@Testcontainers(disabledWithoutDocker = true)
class GatehouseContainerEmbeddedTest {

    @Container
    static final GatehouseContainer GATEHOUSE = new GatehouseContainer(DockerfileImage.GATEHOUSE);

    @Test
    void servesTheJourneyOfTheInProcessTests() {
        ClientJourney.registerSignInAndBecomeAdmin(GATEHOUSE.client());
    }
}
