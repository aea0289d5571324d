package dev.gatehouse.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gatehouse.bootstrap.GatehouseApplication;
import dev.gatehouse.bootstrap.GatehouseConfiguration;
import dev.gatehouse.bootstrap.cli.GatehouseCommandLine;
import org.junit.jupiter.api.Test;

/** The kit is an outsider: it starts the app by its entry point (and runs its commands by its command line) and talks HTTP, nothing more. */
class KitDependencyTest {

    private final JavaClasses kit = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.gatehouse.testing");

    @Test
    void reachesGatehouseOnlyThroughItsApplicationAndConfiguration() {
        noClasses().that().resideInAPackage("dev.gatehouse.testing..")
                .should().dependOnClassesThat(
                        DescribedPredicate.describe("Gatehouse internals", type ->
                                type.getPackageName().startsWith("dev.gatehouse.")
                                        && !type.getPackageName().startsWith("dev.gatehouse.testing")
                                        && !type.isEquivalentTo(GatehouseApplication.class)
                                        && !type.isEquivalentTo(GatehouseConfiguration.class)
                                        && !type.isEquivalentTo(GatehouseCommandLine.class)))
                .check(kit);
    }
}
