package dev.gatehouse.testing;

import java.nio.file.Path;
import org.testcontainers.images.builder.ImageFromDockerfile;

/** The image built from the repository's Dockerfile, once per JVM and only when a container needs it. */
final class DockerfileImage {

    static final ImageFromDockerfile GATEHOUSE = new ImageFromDockerfile("gatehouse-kit-test", false)
            .withDockerfile(Path.of("..", "Dockerfile").toAbsolutePath().normalize());

    private DockerfileImage() {
    }
}
