package dev.gatehouse.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hexagonal dependency rule, checked on the compiled main code of every module: dependencies
 * point inward only, adapters (web, persistence, crypto, mail) never reach each other, and the core
 * stays free of frameworks.
 */
class DependencyRuleTest {

    private static final String DOMAIN = "dev.gatehouse.domain..";
    private static final String APPLICATION = "dev.gatehouse.application..";
    private static final String CRYPTO = "dev.gatehouse.crypto..";
    /** Password hashing, the thread priority it lowers, passkey verification: only the credentials adapter needs them. */
    private static final String[] CRYPTO_LIBRARIES = {"de.mkammerer..", "at.favre..", "com.sun.jna..", "com.webauthn4j.."};
    private static final String[] FRAMEWORKS = {
        "io.dropwizard..", "jakarta..", "javax..", "org.jdbi..", "com.fasterxml..", "org.glassfish..",
        "org.slf4j..", "liquibase..", "ch.vorburger..", "com.mysql..", "de.mkammerer..", "at.favre..",
        "com.webauthn4j..", "tools.jackson.."
    };

    private static JavaClasses gatehouse;

    @BeforeAll
    static void importMainClasses() {
        gatehouse = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(DependencyRuleTest::isNotTestJar)
                .importPackages("dev.gatehouse");
    }

    private static boolean isNotTestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void dependenciesPointInwardAndAdaptersStayApart() {
        onionArchitecture()
                .domainModels(DOMAIN)
                .applicationServices(APPLICATION)
                .adapter("web", "dev.gatehouse.web..")
                .adapter("persistence", "dev.gatehouse.persistence..")
                .adapter("crypto", CRYPTO)
                .adapter("mail", "dev.gatehouse.mail..")
                .withOptionalLayers(true)
                // The composition root wires every adapter to every port; that is its whole job.
                .ignoreDependency(resideInAPackage("dev.gatehouse.bootstrap.."), alwaysTrue())
                .check(gatehouse);
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
                .check(gatehouse);
    }

    @Test
    void applicationDependsOnTheDomainAndTheJdkOnly() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
                .check(gatehouse);
    }

    @Test
    void noFrameworkTypesInDomainOrApplication() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .check(gatehouse);
    }

    @Test
    void credentialsDependOnTheCoreTheJdkAndTheirLibrariesOnly() {
        classes().that().resideInAPackage(CRYPTO)
                .should().onlyDependOnClassesThat().resideInAnyPackage(CRYPTO, APPLICATION, DOMAIN,
                        "java..", "javax.crypto..", "org.slf4j..", "de.mkammerer..", "at.favre..", "com.sun.jna..",
                        "com.webauthn4j..")
                .check(gatehouse);
    }

    @Test
    void hashingLibrariesStayInTheCredentialsAdapter() {
        noClasses().that().resideOutsideOfPackage(CRYPTO)
                .should().dependOnClassesThat().resideInAnyPackage(CRYPTO_LIBRARIES)
                .check(gatehouse);
    }

    @Test
    void webCallsInboundPortsOnlyNeverServicesOrOutboundPorts() {
        noClasses().that().resideInAPackage("dev.gatehouse.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.gatehouse.application.service..", "dev.gatehouse.application.port.out..")
                .check(gatehouse);
    }

    @Test
    void theJsonApiAndTheWebCoreKnowNothingOfThePages() {
        noClasses().that().resideInAnyPackage("dev.gatehouse.web.api..", "dev.gatehouse.web.auth..",
                        "dev.gatehouse.web.problem..", "dev.gatehouse.web.http..")
                .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.web.page..")
                .check(gatehouse);
    }

    @Test
    void pageViewsRenderOnlyNeverHandleRequestsOrAccess() {
        noClasses().that().resideInAPackage("dev.gatehouse.web.page.view..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.gatehouse.web.page.controller..", "dev.gatehouse.web.page.access..")
                .check(gatehouse);
    }

    @Test
    void onlyBootstrapSeesBootstrap() {
        noClasses().that().resideOutsideOfPackage("dev.gatehouse.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.bootstrap..")
                .check(gatehouse);
    }

    @Test
    void onlyTheCompositionRootCallsTheWirings() {
        noClasses().that().resideInAPackage("dev.gatehouse.bootstrap..")
                .and().resideOutsideOfPackage("dev.gatehouse.bootstrap.wiring..")
                .and().doNotHaveFullyQualifiedName("dev.gatehouse.bootstrap.GatehouseApplication")
                .should().dependOnClassesThat().resideInAPackage("dev.gatehouse.bootstrap.wiring..")
                .check(gatehouse);
    }
}
