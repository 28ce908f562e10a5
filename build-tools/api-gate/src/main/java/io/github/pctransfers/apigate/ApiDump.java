package io.github.pctransfers.apigate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Lists the public API of a folder of class files (a module's {@code target/classes}) without loading them: every
 * public or protected class, constructor, method and field of the API packages ({@link ApiPackages}) that code
 * outside the artifact can reach. Left out: synthetic and bridge members, local and anonymous classes, nested
 * classes inside a class that is not API, protected members and protected nested classes of classes nobody can
 * extend (final classes, enums), and what linking ignores: annotations, {@code throws} clauses, parameter names.
 */
final class ApiDump {

    private static final int SKIP_BODIES = ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES;

    private ApiDump() {
    }

    /** What the API packages are and the listing of the API in them. */
    record Result(ApiPackages packages, ApiListing listing) {
    }

    static Result of(Path classesDir) {
        if (!Files.isDirectory(classesDir)) {
            throw new IllegalArgumentException("no classes folder at " + classesDir + " (is the module compiled?)");
        }
        Path moduleInfo = classesDir.resolve("module-info.class");
        ApiPackages packages = Files.isRegularFile(moduleInfo)
                ? ApiPackages.ofModuleDescriptor(read(moduleInfo)) : ApiPackages.withoutModule();
        Map<String, ClassModel> classes = new HashMap<>();
        for (Path file : classFiles(classesDir)) {
            ClassModel model = ClassModel.read(read(file));
            classes.put(model.name, model);
        }
        List<ApiListing.ApiClass> api = new ArrayList<>();
        for (ClassModel model : classes.values()) {
            if (isApi(model, classes, packages)) {
                api.add(model.toApiClass());
            }
        }
        return new Result(packages, new ApiListing(api));
    }

    private static boolean isApi(ClassModel model, Map<String, ClassModel> classes, ApiPackages packages) {
        if (model.localOrAnonymous || (model.access & Opcodes.ACC_SYNTHETIC) != 0 || !isReachable(model.access)
                || !packages.includes(packageOf(model.name))) {
            return false;
        }
        if (model.outerName == null) {
            return true;
        }
        ClassModel outer = classes.get(model.outerName);
        return outer != null && isApi(outer, classes, packages)
                && ((model.access & Opcodes.ACC_PUBLIC) != 0 || outer.canBeExtended());
    }

    private static boolean isReachable(int access) {
        return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    private static List<Path> classFiles(Path classesDir) {
        try (Stream<Path> files = Files.walk(classesDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".class"))
                    .filter(file -> !file.getFileName().toString().equals("module-info.class"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.class"))
                    .filter(file -> !classesDir.relativize(file).startsWith("META-INF"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + classesDir, e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private record FieldModel(int access, String name, String descriptor, String signature, Object value) {
    }

    private record MethodModel(int access, String name, String descriptor, String signature) {
    }

    /** What one class file says about its API, as read by ASM. */
    private static final class ClassModel extends ClassVisitor {
        private String name;
        private int access;
        private String signature;
        private String superName;
        private String[] interfaces;
        private String outerName;
        private boolean localOrAnonymous;
        private boolean sealed;
        private final List<FieldModel> fields = new ArrayList<>();
        private final List<MethodModel> methods = new ArrayList<>();

        private ClassModel() {
            super(Opcodes.ASM9);
        }

        static ClassModel read(byte[] classFile) {
            ClassModel model = new ClassModel();
            new ClassReader(classFile).accept(model, SKIP_BODIES);
            return model;
        }

        @Override
        public void visit(int version, int classAccess, String className, String classSignature, String superClass,
                String[] superInterfaces) {
            name = className;
            access = classAccess;
            signature = classSignature;
            superName = superClass;
            interfaces = superInterfaces;
        }

        @Override
        public void visitOuterClass(String owner, String method, String descriptor) {
            // Only local and anonymous classes have an EnclosingMethod attribute.
            localOrAnonymous = true;
        }

        @Override
        public void visitInnerClass(String innerName, String outer, String simpleName, int innerAccess) {
            if (innerName.equals(name)) {
                // The class's own InnerClasses entry holds its declared modifiers (protected, private, static),
                // which the class file's own flags cannot express.
                access = innerAccess | (access & Opcodes.ACC_SYNTHETIC);
                outerName = outer;
                localOrAnonymous |= outer == null || simpleName == null;
            }
        }

        @Override
        public void visitPermittedSubclass(String permittedSubclass) {
            sealed = true;
        }

        @Override
        public FieldVisitor visitField(int fieldAccess, String fieldName, String descriptor, String fieldSignature,
                Object value) {
            fields.add(new FieldModel(fieldAccess, fieldName, descriptor, fieldSignature, value));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int methodAccess, String methodName, String descriptor,
                String methodSignature, String[] exceptions) {
            methods.add(new MethodModel(methodAccess, methodName, descriptor, methodSignature));
            return null;
        }

        boolean canBeExtended() {
            return (access & (Opcodes.ACC_FINAL | Opcodes.ACC_ENUM)) == 0 && !sealed;
        }

        private boolean is(int flag) {
            return (access & flag) != 0;
        }

        private String javaName() {
            return Type.getObjectType(name).getClassName();
        }

        ApiListing.ApiClass toApiClass() {
            List<String> members = new ArrayList<>();
            for (FieldModel field : fields) {
                if (isMemberApi(field.access())) {
                    members.add(fieldLine(field));
                }
            }
            for (MethodModel method : methods) {
                if (isMemberApi(method.access()) && !method.name().equals("<clinit>")) {
                    members.add(methodLine(method));
                }
            }
            return new ApiListing.ApiClass(javaName(), declaration(), members);
        }

        private boolean isMemberApi(int memberAccess) {
            if ((memberAccess & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                return false;
            }
            return (memberAccess & Opcodes.ACC_PUBLIC) != 0
                    || ((memberAccess & Opcodes.ACC_PROTECTED) != 0 && canBeExtended());
        }

        /** {@code public abstract class a.b.C<T> extends a.b.Base implements java.io.Serializable}. */
        private String declaration() {
            JavaTypes.ClassTypes types = JavaTypes.ofClass(superName, interfaces, signature);
            String kind;
            List<String> modifiers = new ArrayList<>();
            modifiers.add(is(Opcodes.ACC_PUBLIC) ? "public" : "protected");
            boolean plainClass = false;
            if (is(Opcodes.ACC_ANNOTATION)) {
                kind = "@interface";
            } else if (is(Opcodes.ACC_INTERFACE)) {
                kind = "interface";
            } else if (is(Opcodes.ACC_ENUM)) {
                kind = "enum";
            } else if ("java/lang/Record".equals(superName)) {
                kind = "record";
            } else {
                kind = "class";
                plainClass = true;
            }
            if (plainClass && is(Opcodes.ACC_ABSTRACT)) {
                modifiers.add("abstract");
            }
            if (plainClass && outerName != null && is(Opcodes.ACC_STATIC)) {
                modifiers.add("static");
            }
            if (plainClass && is(Opcodes.ACC_FINAL)) {
                modifiers.add("final");
            }
            if (sealed && !kind.equals("enum")) {
                // javac seals an enum whose constants have bodies; nobody can extend an enum anyway.
                modifiers.add("sealed");
            }
            StringBuilder line = new StringBuilder(String.join(" ", modifiers)).append(' ').append(kind).append(' ')
                    .append(javaName()).append(types.typeParameters());
            List<String> interfaceNames = types.interfaces();
            if (kind.equals("@interface")) {
                return line.toString();
            }
            if (kind.equals("interface")) {
                if (!interfaceNames.isEmpty()) {
                    line.append(" extends ").append(String.join(", ", interfaceNames));
                }
                return line.toString();
            }
            if (plainClass) {
                types.superclass().filter(type -> !type.equals("java.lang.Object"))
                        .ifPresent(type -> line.append(" extends ").append(type));
            }
            if (!interfaceNames.isEmpty()) {
                line.append(" implements ").append(String.join(", ", interfaceNames));
            }
            return line.toString();
        }

        /** {@code public static final java.lang.String a.b.C.NAME = "name"}. */
        private String fieldLine(FieldModel field) {
            List<String> modifiers = new ArrayList<>();
            modifiers.add(visibility(field.access()));
            if ((field.access() & Opcodes.ACC_STATIC) != 0) {
                modifiers.add("static");
            }
            if ((field.access() & Opcodes.ACC_FINAL) != 0) {
                modifiers.add("final");
            }
            String line = String.join(" ", modifiers) + " " + JavaTypes.ofField(field.descriptor(), field.signature())
                    + " " + javaName() + "." + field.name();
            // Compilers copy constant values into their callers, so a changed value is a changed API.
            return field.value() == null ? line : line + " = " + Constants.literal(field.descriptor(), field.value());
        }

        /** {@code public <T> java.util.List<T> a.b.C.all(java.lang.Class<T>)}, {@code public a.b.C(int)}. */
        private String methodLine(MethodModel method) {
            JavaTypes.MethodTypes types = JavaTypes.ofMethod(method.descriptor(), method.signature());
            List<String> modifiers = new ArrayList<>();
            modifiers.add(visibility(method.access()));
            boolean isStatic = (method.access() & Opcodes.ACC_STATIC) != 0;
            boolean isAbstract = (method.access() & Opcodes.ACC_ABSTRACT) != 0;
            if (isAbstract) {
                modifiers.add("abstract");
            } else if (is(Opcodes.ACC_INTERFACE) && !isStatic) {
                modifiers.add("default");
            }
            if (isStatic) {
                modifiers.add("static");
            }
            if ((method.access() & Opcodes.ACC_FINAL) != 0) {
                modifiers.add("final");
            }
            if (!types.typeParameters().isEmpty()) {
                modifiers.add(types.typeParameters());
            }
            String parameters = "(" + String.join(", ", types.parameters()) + ")";
            if (method.name().equals("<init>")) {
                return String.join(" ", modifiers) + " " + javaName() + parameters;
            }
            return String.join(" ", modifiers) + " " + types.returnType() + " " + javaName() + "." + method.name()
                    + parameters;
        }

        private static String visibility(int memberAccess) {
            return (memberAccess & Opcodes.ACC_PUBLIC) != 0 ? "public" : "protected";
        }
    }
}
