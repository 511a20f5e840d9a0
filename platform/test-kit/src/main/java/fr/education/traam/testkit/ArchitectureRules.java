package fr.education.traam.testkit;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.junit.jupiter.api.DynamicTest;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The architecture every module of the platform keeps, written by pattern so that a new package is covered the day
 * it appears. Within a module's root package, a package is an <em>adapter</em> when one of its segments names one
 * ({@link #ADAPTERS}: {@code application}, {@code web}, {@code persistence}, {@code messaging}, {@code config}, and
 * the technical adapters {@code spreadsheet} and {@code webhook}); every other class but the Spring Boot application
 * itself is <em>domain</em>, and a new {@code selection/policy} package is domain too. The rules:
 * <ol>
 *     <li>the domain is plain Java: it depends only on Java, the event contract, the kit's domain types, the
 *     reference data, the campaign view's domain and other domain classes of its module — no Spring, MongoDB,
 *     Kafka, Jackson, nor any adapter;</li>
 *     <li>web and messaging adapters reach the domain through application services: they touch no repository port,
 *     no persistence class and no MongoDB or Kafka API;</li>
 *     <li>persistence is reached only through the domain's ports: no class outside {@code persistence} (or the
 *     wiring in {@code config}) knows a persistence class;</li>
 *     <li>application services know no web adapter;</li>
 *     <li>Spring's stereotypes sit in their adapters: controllers in {@code web}, repositories and MongoDB documents
 *     in {@code persistence}, services in {@code application} (three rules);</li>
 *     <li>every update honours {@code If-Match}: a handler of {@code PUT}, {@code PATCH}, {@code DELETE}, or of a
 *     {@code POST} on an existing resource (a path with a variable), takes an {@code ExpectedVersion}, or says why not
 *     with {@code @Unconditional} (both by simple name: the test kit does not depend on the service kit).</li>
 * </ol>
 * Each rule refuses to match nothing where a module must have something to check, so a rename cannot make it pass
 * silently; {@code ArchitectureRulesTest} shows each one failing on a module with one violation injected.
 */
public final class ArchitectureRules {

    /** Package segments that make a package an adapter; any other package of a module is domain. */
    public static final Set<String> ADAPTERS = Set.of("application", "web", "persistence", "messaging", "config", "spreadsheet",
            "webhook");

    /** What a domain may use besides itself: Java, the published language, the kit's domain types, shared read models. */
    private static final String[] DOMAIN_MAY_USE = {"java..", "javax.crypto..", "fr.education.traam.contract..",
            "fr.education.traam.kit.domain..", "fr.education.traam.reference..", "fr.education.traam.campaignview"};

    /** Platform libraries whose classes a module's rules must see (their repositories' implementations above all). */
    private static final String[] LIBRARIES = {"fr.education.traam.campaignview"};

    private static final String[] STORAGE_AND_BROKER_APIS = {"org.springframework.data.mongodb..", "com.mongodb..",
            "org.bson..", "org.springframework.kafka..", "org.apache.kafka.."};

    private final String root;
    private final JavaClasses classes;

    private ArchitectureRules(String root, JavaClasses classes) {
        this.root = root;
        this.classes = classes;
    }

    /** The rules for the module whose classes live under {@code root} (its main classes, read from the class path). */
    public static ArchitectureRules of(String root) {
        JavaClasses imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(Stream.concat(Stream.of(root), Stream.of(LIBRARIES)).toArray(String[]::new));
        return new ArchitectureRules(root, imported);
    }

    /** The rules for {@code root} over classes imported by the caller, e.g. a fixture with a violation. */
    public static ArchitectureRules of(String root, JavaClasses classes) {
        return new ArchitectureRules(root, classes);
    }

    /** One test per rule, for a JUnit {@code @TestFactory}. */
    public Stream<DynamicTest> tests() {
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    public List<ArchRule> rules() {
        return List.of(domainIsPlainJava(), adaptersReachTheDomainThroughApplicationServices(), persistenceIsReachedThroughPorts(),
                applicationServicesKnowNoWebAdapter(), controllersSitInWebAdapters(), storageSitsInPersistenceAdapters(),
                servicesSitInApplicationPackages(), updatesHonourIfMatch());
    }

    public JavaClasses analysed() {
        return classes;
    }

    /**
     * The enums of the module and of the libraries it uses that implement {@code interfaceName} (by name: the test kit
     * does not depend on the service kit), loaded: e.g. every {@code Refusal}, so a service's test can check that its
     * problem catalogues give each constant a problem type.
     */
    public List<Class<?>> enumsImplementing(String interfaceName) {
        return classes.stream().filter(JavaClass::isEnum).filter(javaClass -> javaClass.isAssignableTo(interfaceName))
                .<Class<?>>map(JavaClass::reflect).sorted(java.util.Comparator.comparing(Class::getName)).toList();
    }

    public ArchRule domainIsPlainJava() {
        DescribedPredicate<JavaClass> allowed = JavaClass.Predicates.resideInAnyPackage(DOMAIN_MAY_USE).or(domain());
        return classes().that(domain()).should().onlyDependOnClassesThat(allowed)
                .as("the domain of " + root + " is plain Java: Java, the event contract, the kit's domain types, the reference "
                        + "data and the campaign view, nothing of Spring, MongoDB, Kafka, Jackson or its adapters")
                .allowEmptyShould(false);
    }

    public ArchRule adaptersReachTheDomainThroughApplicationServices() {
        return noClasses().that(inAdapter("web").or(inAdapter("messaging")))
                .should().dependOnClassesThat(repositoryPorts()
                        .or(JavaClass.Predicates.resideInAnyPackage("..persistence.."))
                        .or(JavaClass.Predicates.resideInAnyPackage(STORAGE_AND_BROKER_APIS)))
                .as("web and messaging adapters of " + root + " reach the domain through application services, never a "
                        + "repository, a persistence class or a storage or broker API")
                .allowEmptyShould(false);
    }

    public ArchRule persistenceIsReachedThroughPorts() {
        return noClasses().that(inModule().and(DescribedPredicate.not(inAdapter("persistence").or(inAdapter("config")))))
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("..persistence.."))
                .as("classes of " + root + " reach persistence only through the domain's ports")
                .allowEmptyShould(false);
    }

    public ArchRule applicationServicesKnowNoWebAdapter() {
        return noClasses().that(inAdapter("application"))
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("..web.."))
                .as("application services of " + root + " know no web adapter");
    }

    public ArchRule controllersSitInWebAdapters() {
        return classes().that(inModule().and(annotatedWithAny("org.springframework.web.bind.annotation.RestController",
                        "org.springframework.stereotype.Controller", "org.springframework.web.bind.annotation.RestControllerAdvice")))
                .should(resideIn("web"))
                .as("controllers of " + root + " sit in web packages")
                .allowEmptyShould(true);
    }

    public ArchRule storageSitsInPersistenceAdapters() {
        return classes().that(inModule().and(annotatedWithAny("org.springframework.stereotype.Repository",
                        "org.springframework.data.mongodb.core.mapping.Document")))
                .should(resideIn("persistence"))
                .as("repositories and MongoDB documents of " + root + " sit in persistence packages")
                .allowEmptyShould(true);
    }

    public ArchRule servicesSitInApplicationPackages() {
        return classes().that(inModule().and(annotatedWithAny("org.springframework.stereotype.Service")))
                .should(resideIn("application"))
                .as("Spring services of " + root + " sit in application packages")
                .allowEmptyShould(true);
    }

    public ArchRule updatesHonourIfMatch() {
        return methods().that(updateHandlers()).should(takeAParameterNamed("ExpectedVersion"))
                .as("updates of " + root + " honour If-Match: they take an ExpectedVersion, or say why not (@Unconditional)")
                .allowEmptyShould(true);
    }

    private DescribedPredicate<JavaMethod> updateHandlers() {
        return DescribedPredicate.describe("update handlers of " + root, method ->
                method.getOwner().getPackageName().startsWith(root + ".")
                        && method.getOwner().isAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                        && method.getAnnotations().stream().noneMatch(a -> a.getRawType().getSimpleName().equals("Unconditional"))
                        && (Stream.of("PutMapping", "PatchMapping", "DeleteMapping")
                        .anyMatch(mapping -> method.isAnnotatedWith("org.springframework.web.bind.annotation." + mapping))
                        || method.tryGetAnnotationOfType("org.springframework.web.bind.annotation.PostMapping")
                        .map(post -> Stream.of("value", "path").flatMap(attribute -> post.get(attribute).stream())
                                .flatMap(paths -> Stream.of((Object[]) paths)).anyMatch(path -> path.toString().contains("{")))
                        .orElse(false)));
    }

    private static ArchCondition<JavaMethod> takeAParameterNamed(String simpleName) {
        return new ArchCondition<>("take a parameter of type " + simpleName) {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (method.getRawParameterTypes().stream().noneMatch(type -> type.getSimpleName().equals(simpleName))) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " takes no " + simpleName));
                }
            }
        };
    }

    private DescribedPredicate<JavaClass> inModule() {
        return JavaClass.Predicates.resideInAPackage(root + "..");
    }

    /** Classes of the module outside every adapter package, but for the Spring Boot application class. */
    private DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("domain classes of " + root, javaClass ->
                javaClass.getPackageName().startsWith(root)
                        && (javaClass.getPackageName().equals(root) || javaClass.getPackageName().startsWith(root + "."))
                        && segments(javaClass).noneMatch(ADAPTERS::contains)
                        && !javaClass.isAnnotatedWith("org.springframework.boot.autoconfigure.SpringBootApplication")
                        && !javaClass.getSimpleName().equals("package-info"));
    }

    private DescribedPredicate<JavaClass> inAdapter(String adapter) {
        return DescribedPredicate.describe(adapter + " adapters of " + root, javaClass ->
                javaClass.getPackageName().startsWith(root + ".") && segments(javaClass).anyMatch(adapter::equals));
    }

    /** An interface of a domain whose implementations live in persistence: a repository, whatever its name. */
    private static DescribedPredicate<JavaClass> repositoryPorts() {
        return DescribedPredicate.describe("repository ports", javaClass -> javaClass.isInterface()
                && javaClass.getAllSubclasses().stream().anyMatch(implementation ->
                implementation.getPackageName().contains(".persistence")));
    }

    private static DescribedPredicate<JavaClass> annotatedWithAny(String... annotations) {
        return DescribedPredicate.describe("annotated with one of " + List.of(annotations), javaClass ->
                Stream.of(annotations).anyMatch(javaClass::isAnnotatedWith));
    }

    private static ArchCondition<JavaClass> resideIn(String adapter) {
        return ArchConditions.resideInAPackage(".." + adapter + "..");
    }

    private Stream<String> segments(JavaClass javaClass) {
        String relative = javaClass.getPackageName().substring(root.length());
        return Stream.of(relative.split("\\.")).filter(segment -> !segment.isEmpty());
    }
}
