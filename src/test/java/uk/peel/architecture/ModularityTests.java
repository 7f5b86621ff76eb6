package uk.peel.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import uk.peel.PeelApplication;

/**
 * Module boundaries as a build failure: no cycles between capabilities, and no module reaching into another's
 * internals (anything outside its root package). Also writes the module diagrams to target/spring-modulith-docs.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PeelApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * The platform is open to every module, which is why Modulith does not hold it to the module rules; so hold
     * it to the one that matters here: it is the bottom layer and depends on no capability (a cycle through it
     * once slipped past {@code verify()}).
     */
    @Test
    void thePlatformDependsOnNoCapability() {
        noClasses().that().resideInAPackage("uk.peel.platform..")
                .should().dependOnClassesThat(resideInAPackage("uk.peel..").and(not(resideInAPackage("uk.peel.platform.."))))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.peel"));
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
    }
}
