package id.go.cilegon.sigap.webapp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module dependency rule of the architecture: {@code command} depends on none of ours; {@code query} and
 * {@code infra} see only the command side's {@code api} packages; nothing but {@code webapp} sees {@code webapp}.
 */
@AnalyzeClasses(packages = "id.go.cilegon.sigap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> COMMAND_INTERNALS = DescribedPredicate.describe(
            "command-side classes outside an api package",
            javaClass -> javaClass.getPackageName().startsWith("id.go.cilegon.sigap.command")
                    && !javaClass.getPackageName().contains(".api"));

    @ArchTest
    static final ArchRule the_command_side_depends_on_none_of_our_other_modules = noClasses()
            .that().resideInAPackage("id.go.cilegon.sigap.command..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.go.cilegon.sigap.query..", "id.go.cilegon.sigap.infra..", "id.go.cilegon.sigap.webapp..");

    @ArchTest
    static final ArchRule the_query_side_depends_on_neither_infra_nor_webapp = noClasses()
            .that().resideInAPackage("id.go.cilegon.sigap.query..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.go.cilegon.sigap.infra..", "id.go.cilegon.sigap.webapp..");

    @ArchTest
    static final ArchRule the_query_side_sees_only_the_command_api = noClasses()
            .that().resideInAPackage("id.go.cilegon.sigap.query..")
            .should().dependOnClassesThat(COMMAND_INTERNALS);

    @ArchTest
    static final ArchRule infrastructure_depends_on_neither_query_nor_webapp = noClasses()
            .that().resideInAPackage("id.go.cilegon.sigap.infra..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "id.go.cilegon.sigap.query..", "id.go.cilegon.sigap.webapp..");

    @ArchTest
    static final ArchRule infrastructure_sees_only_the_command_api = noClasses()
            .that().resideInAPackage("id.go.cilegon.sigap.infra..")
            .should().dependOnClassesThat(COMMAND_INTERNALS);
}
