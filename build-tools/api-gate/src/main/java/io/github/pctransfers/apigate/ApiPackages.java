package io.github.pctransfers.apigate;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Which packages of an artifact are its API: those its {@code module-info.class} exports to everyone (a qualified
 * {@code exports ... to} is not public API), or, without a module descriptor, every package without an
 * {@code internal} segment.
 *
 * @param module the module name, when the artifact has a module descriptor
 * @param exports the unqualified exports of that module, dotted; empty without a module descriptor
 */
record ApiPackages(Optional<String> module, Set<String> exports) {

    ApiPackages {
        exports = Set.copyOf(exports);
    }

    static ApiPackages withoutModule() {
        return new ApiPackages(Optional.empty(), Set.of());
    }

    /** The exports of a {@code module-info.class}. */
    static ApiPackages ofModuleDescriptor(byte[] moduleInfo) {
        String[] name = new String[1];
        Set<String> exports = new TreeSet<>();
        new ClassReader(moduleInfo).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public ModuleVisitor visitModule(String moduleName, int access, String version) {
                name[0] = moduleName;
                return new ModuleVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitExport(String packageName, int exportAccess, String... modules) {
                        if (modules == null || modules.length == 0) {
                            exports.add(packageName.replace('/', '.'));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        if (name[0] == null) {
            throw new IllegalArgumentException("module-info.class without a Module attribute");
        }
        return new ApiPackages(Optional.of(name[0]), exports);
    }

    /** Whether a package (dotted; "" for the unnamed package) is API. */
    boolean includes(String packageName) {
        if (module.isPresent()) {
            return exports.contains(packageName);
        }
        return Arrays.stream(packageName.split("\\.")).noneMatch("internal"::equals);
    }

    /** One line for the record's header. */
    String describe() {
        return module.map(name -> "the packages module " + name + " exports to everyone: "
                        + (exports.isEmpty() ? "none" : String.join(", ", new TreeSet<>(exports))))
                .orElse("every package without an .internal segment (there is no module-info.class)");
    }
}
