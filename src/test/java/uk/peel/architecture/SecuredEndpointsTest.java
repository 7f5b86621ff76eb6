package uk.peel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.peel.platform.access.PublicEndpoint;
import uk.peel.platform.access.RequiresPermission;

/**
 * Every page and API operation declares the permission it needs. An endpoint added without one fails the build
 * rather than being published open (or closed) by accident.
 */
class SecuredEndpointsTest {

    static final ArchRule EVERY_HANDLER_DECLARES_ITS_PERMISSION = methods()
            .that().areDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
            .and().areMetaAnnotatedWith(RequestMapping.class)
            .should().beAnnotatedWith(RequiresPermission.class)
            .orShould().beAnnotatedWith(PublicEndpoint.class)
            .because("access to every page and operation must be a deliberate, reviewable decision");

    @Test
    void everyHandlerInPeelDeclaresThePermissionItNeeds() {
        JavaClasses peel = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.peel");
        assertThat(peel.stream().filter(c -> c.isMetaAnnotatedWith(Controller.class)).count())
                .as("the rule must see Peel's controllers, or it proves nothing").isGreaterThan(2);

        EVERY_HANDLER_DECLARES_ITS_PERMISSION.check(peel);
    }

    @Test
    void theRuleCatchesAHandlerWithoutAPermission() {
        JavaClasses fixture = new ClassFileImporter().importClasses(ForgetfulController.class);

        EvaluationResult result = EVERY_HANDLER_DECLARES_ITS_PERMISSION.evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("forgotPermission").doesNotContain("declaredPermission");
    }

    @RestController
    static class ForgetfulController {
        @GetMapping("/forgot")
        String forgotPermission() {
            return "open to anyone signed in";
        }

        @GetMapping("/declared")
        @RequiresPermission(uk.peel.platform.access.Permission.PERSON_READ)
        String declaredPermission() {
            return "fine";
        }
    }
}
