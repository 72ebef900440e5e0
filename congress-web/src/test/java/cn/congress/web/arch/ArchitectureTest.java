package cn.congress.web.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The module rule (web -> legislation/oversight/deputies -> domain) and the layering inside, kept true as code grows. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("cn.congress");
    }

    @Test
    void theDomainDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("cn.congress.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.congress.legislation..", "cn.congress.oversight..",
                        "cn.congress.deputies..", "cn.congress.web..")
                .check(classes);
    }

    @Test
    void featureModulesNeverDependOnEachOtherOrOnTheWeb() {
        noClasses().that().resideInAPackage("cn.congress.legislation..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.congress.oversight..", "cn.congress.deputies..", "cn.congress.web..")
                .check(classes);
        noClasses().that().resideInAPackage("cn.congress.oversight..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.congress.legislation..", "cn.congress.deputies..", "cn.congress.web..")
                .check(classes);
        noClasses().that().resideInAPackage("cn.congress.deputies..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.congress.legislation..", "cn.congress.oversight..", "cn.congress.web..")
                .check(classes);
    }

    @Test
    void domainAndFeatureModulesKnowNothingOfServletsOrTheWebFramework() {
        noClasses().that().resideInAnyPackage("cn.congress.domain..", "cn.congress.legislation..", "cn.congress.oversight..", "cn.congress.deputies..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..", "org.thymeleaf..", "org.apache.poi..")
                .check(classes);
    }

    @Test
    void controllersGoThroughServicesNotRepositories() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void handlerMethodsNeverBindEntities() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .and().areMetaAnnotatedWith(org.springframework.web.bind.annotation.RequestMapping.class)
                .should().notHaveRawParameterTypes(com.tngtech.archunit.base.DescribedPredicate.describe("an @Entity",
                        (java.util.List<com.tngtech.archunit.core.domain.JavaClass> types) ->
                                types.stream().anyMatch(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class))))
                .check(classes);
    }

    /** Every "now" comes from the Clock bean, so tests can move time; only the clock's own configuration may ask the system. */
    @Test
    void noNowWithoutTheClock() {
        noClasses().that().doNotHaveFullyQualifiedName("cn.congress.domain.shared.PersistenceConfig")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(java.time.LocalTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("all time comes from the Clock bean (docs/architecture.md, 'time')")
                .check(classes);
    }

    /** Authorisation is the feature's *Access class in the service; no method security annotations. */
    @Test
    void noMethodSecurityAnnotations() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.prepost.PreAuthorize")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.security.access.annotation.Secured")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("cn.congress.(*).(*)..").should().beFreeOfCycles().check(classes);
    }
}
