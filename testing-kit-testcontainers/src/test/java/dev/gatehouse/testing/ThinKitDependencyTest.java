package dev.gatehouse.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The thin artifact is Testcontainers, the JDK's HTTP client, Jackson and an SMTP server: no class of
 * the server, no web framework, no test framework a consumer would have to take from it.
 */
class ThinKitDependencyTest {

    private final JavaClasses kit = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gatehouse.testing");

    @Test
    void holdsTheClientAndTheContainerOnly() {
        assertThat(kit.stream().map(type -> type.getSimpleName()))
                .contains("GatehouseClient", "GatehouseContainer", "GatehouseSession")
                .doesNotContain("GatehouseExtension", "InProcessGatehouse");
    }

    @Test
    void reachesNoServerClassAndNoTestFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "dev.gatehouse.bootstrap..", "dev.gatehouse.web..", "dev.gatehouse.application..",
                        "dev.gatehouse.domain..", "dev.gatehouse.persistence..", "io.dropwizard..",
                        "org.eclipse.jetty..", "org.glassfish.jersey..", "org.junit..", "org.assertj..")
                .check(kit);
    }
}
