package io.github.pctransfers.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.pctransfers.client.ClassFiles.ClassFile;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The written-down API (client/API.md) checked against the compiled client: module-info exports the API packages
 * and nothing else, every public class lies in one of them or in an {@code internal} package, no public member of
 * the API names an internal type, no two packages depend on each other, and nothing in the call path is bound to
 * a thread. Each rule is a function of the class files, tried once on a bad input to show that it can fail.
 */
class ApiSurfaceTest {
    private static final Path CLASSES = Paths.get("target/classes");
    private static final Path TEST_CLASSES = Paths.get("target/test-classes");
    private static final String ROOT = "io.github.pctransfers.client";
    /** The packages client/API.md names as API. */
    private static final Set<String> API_PACKAGES = Set.of(ROOT, ROOT + ".auth", ROOT + ".errors", ROOT + ".http",
            ROOT + ".model", ROOT + ".recording", ROOT + ".webhooks");

    private static ModuleDescriptor module;
    private static List<ClassFile> classes;

    @BeforeAll
    static void readTheCompiledClient() throws IOException {
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            module = ModuleDescriptor.read(in);
        }
        classes = ClassFiles.under(CLASSES);
    }

    private static Set<String> exportedPackages(ModuleDescriptor descriptor) {
        return descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static boolean isInternal(String packageName) {
        return (packageName + ".").contains(".internal.");
    }

    /** Public top-level classes outside the exported packages and outside every internal package. */
    static List<String> strayPublicClasses(Set<String> exported, Collection<ClassFile> classes) {
        return classes.stream().filter(c -> c.isPublic && c.isTopLevel())
                .filter(c -> !exported.contains(c.packageName()) && !isInternal(c.packageName()))
                .map(c -> c.name).collect(Collectors.toList());
    }

    /** For each package of {@code prefix}, the other packages of {@code prefix} its classes mention. */
    static Map<String, Set<String>> packageDependencies(Collection<ClassFile> classes, String prefix) {
        Map<String, Set<String>> deps = new TreeMap<>();
        for (ClassFile c : classes) {
            Set<String> out = deps.computeIfAbsent(c.packageName(), p -> new TreeSet<>());
            for (String mentioned : c.mentions) {
                int dot = mentioned.lastIndexOf('.');
                String p = dot < 0 ? "" : mentioned.substring(0, dot);
                if ((p.equals(prefix) || p.startsWith(prefix + ".")) && !p.equals(c.packageName())) {
                    out.add(p);
                }
            }
        }
        return deps;
    }

    /** Every package that can reach itself through the dependencies, with the path that shows it. */
    static List<String> cycles(Map<String, Set<String>> deps) {
        List<String> found = new ArrayList<>();
        for (String start : deps.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            if (reaches(start, start, deps, path, new TreeSet<>())) {
                found.add(String.join(" -> ", path));
            }
        }
        return found;
    }

    private static boolean reaches(String from, String target, Map<String, Set<String>> deps, List<String> path,
            Set<String> seen) {
        for (String next : deps.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target) || (seen.add(next) && reaches(next, target, deps, path, seen))) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    /** Classes that mention a thread-bound holder. */
    static List<String> threadBound(Collection<ClassFile> classes) {
        return classes.stream().filter(c -> c.mentions.contains("java.lang.ThreadLocal")
                || c.mentions.contains("java.lang.InheritableThreadLocal")).map(c -> c.name)
                .collect(Collectors.toList());
    }

    @Test
    void theModuleExportsExactlyTheApiPackagesAndOpensOnlyTheModelsToJackson() {
        assertThat(module.name()).isEqualTo(ROOT);
        assertThat(exportedPackages(module)).containsExactlyInAnyOrderElementsOf(API_PACKAGES);
        assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
        assertThat(module.opens()).singleElement().satisfies(open -> {
            assertThat(open.source()).isEqualTo(ROOT + ".model");
            assertThat(open.targets()).containsExactly("com.fasterxml.jackson.databind");
        });
        assertThat(classes).extracting(ClassFile::packageName).allMatch(p -> API_PACKAGES.contains(p) || isInternal(p));
    }

    @Test
    void everyPublicClassIsInAnExportedPackageOrAnInternalOne() {
        assertThat(classes).hasSizeGreaterThan(50);
        assertThat(strayPublicClasses(exportedPackages(module), classes)).isEmpty();
        // The generated models are API; the generated Feign interface and invoker are not.
        assertThat(classes).extracting(c -> c.name).contains(ROOT + ".model.TransferEntity",
                ROOT + ".internal.generated.api.TransfersApi", ROOT + ".internal.generated.invoker.ApiResponse");
    }

    @Test
    void aPublicClassOutsideTheExportsWouldBeReported() {
        ClassFile stray = new ClassFile(ROOT + ".wire.Plumbing", true, Set.of());
        ClassFile hidden = new ClassFile(ROOT + ".wire.Hidden", false, Set.of());
        ClassFile internal = new ClassFile(ROOT + ".internal.transport.Plumbing", true, Set.of());
        assertThat(strayPublicClasses(exportedPackages(module), List.of(stray, hidden, internal)))
                .containsExactly(ROOT + ".wire.Plumbing");
    }

    @Test
    void noPublicMemberOfTheApiNamesAnInternalType() throws ClassNotFoundException {
        Set<String> exported = exportedPackages(module);
        List<String> leaks = new ArrayList<>();
        for (ClassFile file : classes) {
            if (!exported.contains(file.packageName())) {
                continue;
            }
            Class<?> type = Class.forName(file.name, false, getClass().getClassLoader());
            if (!isVisibleOutside(type)) {
                continue;
            }
            List<Member> members = new ArrayList<>();
            members.addAll(List.of(type.getDeclaredConstructors()));
            members.addAll(List.of(type.getDeclaredMethods()));
            members.addAll(List.of(type.getDeclaredFields()));
            for (Member member : members) {
                int m = member.getModifiers();
                if ((Modifier.isPublic(m) || Modifier.isProtected(m)) && !member.isSynthetic()
                        && isInternal(signature(member))) {
                    leaks.add(type.getName() + ": " + signature(member));
                }
            }
            if (type.getGenericSuperclass() != null && isInternal(type.getGenericSuperclass().getTypeName())) {
                leaks.add(type.getName() + " extends " + type.getGenericSuperclass().getTypeName());
            }
        }
        assertThat(leaks).isEmpty();
    }

    private static boolean isVisibleOutside(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static String signature(Member member) {
        if (member instanceof Method) {
            return ((Method) member).toGenericString();
        }
        if (member instanceof Constructor) {
            return ((Constructor<?>) member).toGenericString();
        }
        return ((Field) member).toGenericString();
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        Map<String, Set<String>> deps = packageDependencies(classes, ROOT);
        assertThat(deps).containsKeys(ROOT, ROOT + ".errors", ROOT + ".internal.transport");
        // The transport serves the API, never the other way round.
        assertThat(deps.get(ROOT)).contains(ROOT + ".internal.transport");
        assertThat(cycles(deps)).isEmpty();
    }

    @Test
    void aDependencyCycleWouldBeReported() {
        Map<String, Set<String>> deps = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d",
                Set.of("a"));
        assertThat(cycles(deps)).containsExactlyInAnyOrder("a -> b -> c -> a", "b -> c -> a -> b", "c -> a -> b -> c");
    }

    @Test
    void nothingInTheClientHoldsStateInAThreadLocal() throws IOException {
        assertThat(threadBound(classes)).isEmpty();
        // The same scan finds the one test class that does use a ThreadLocal, so it is not blind.
        assertThat(threadBound(ClassFiles.under(TEST_CLASSES))).containsExactly(ThreadBoundFixture.class.getName());
    }

    /** Holds a value per thread: what the client must not do. Only here to show the scan above finds it. */
    static final class ThreadBoundFixture {
        static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

        private ThreadBoundFixture() {
        }
    }
}
