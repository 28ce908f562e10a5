package io.github.pctransfers.apigate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.signature.SignatureReader;
import org.objectweb.asm.signature.SignatureVisitor;

/**
 * Java-source spelling of the types in class files: descriptors ({@code Ljava/lang/String;}) and, where the class
 * file has one, the generic signature ({@code Ljava/util/List<Ljava/lang/String;>;}). Classes keep their binary
 * names ({@code Outer$Inner}), as reflection prints them: a class file cannot tell a nested class of another
 * library from a class whose name holds a {@code $}.
 */
final class JavaTypes {

    private JavaTypes() {
    }

    /** The type parameters, superclass and interfaces of a class. */
    record ClassTypes(String typeParameters, Optional<String> superclass, List<String> interfaces) {
    }

    /** The type parameters, return type and parameter types of a method or constructor. */
    record MethodTypes(String typeParameters, String returnType, List<String> parameters) {
    }

    /** A field's type: {@code java.util.List<java.lang.String>}, {@code int[]}. */
    static String ofField(String descriptor, String signature) {
        if (signature != null) {
            try {
                StringBuilder type = new StringBuilder();
                new SignatureReader(signature).acceptType(new TypeText(type));
                return type.toString();
            } catch (IllegalArgumentException malformed) {
                // Fall back to the erased type, which is what linking uses anyway.
            }
        }
        return Type.getType(descriptor).getClassName();
    }

    static ClassTypes ofClass(String superName, String[] interfaces, String signature) {
        if (signature != null) {
            try {
                Parts parts = Parts.of(signature, true);
                return new ClassTypes(parts.typeParameters(), Optional.ofNullable(parts.superclass)
                        .map(StringBuilder::toString), texts(parts.interfaces));
            } catch (IllegalArgumentException malformed) {
                // Fall back to the erased types below.
            }
        }
        List<String> names = new ArrayList<>();
        for (String name : interfaces == null ? new String[0] : interfaces) {
            names.add(Type.getObjectType(name).getClassName());
        }
        return new ClassTypes("", Optional.ofNullable(superName).map(name -> Type.getObjectType(name).getClassName()),
                names);
    }

    static MethodTypes ofMethod(String descriptor, String signature) {
        Type[] erased = Type.getArgumentTypes(descriptor);
        if (signature != null) {
            try {
                Parts parts = Parts.of(signature, false);
                // Constructors of inner classes and enums take parameters their signature leaves out; the descriptor
                // is the truth there.
                if (parts.parameters.size() == erased.length) {
                    return new MethodTypes(parts.typeParameters(), parts.returnType.toString(),
                            texts(parts.parameters));
                }
            } catch (IllegalArgumentException malformed) {
                // Fall back to the erased types below.
            }
        }
        List<String> parameters = new ArrayList<>();
        for (Type type : erased) {
            parameters.add(type.getClassName());
        }
        return new MethodTypes("", Type.getReturnType(descriptor).getClassName(), parameters);
    }

    private static List<String> texts(List<StringBuilder> builders) {
        return builders.stream().map(StringBuilder::toString).collect(Collectors.toUnmodifiableList());
    }

    /** Collects the pieces of a class or method signature, each rendered by its own {@link TypeText}. */
    private static final class Parts extends SignatureVisitor {
        private final List<String> typeParameterNames = new ArrayList<>();
        private final List<List<StringBuilder>> typeParameterBounds = new ArrayList<>();
        private StringBuilder superclass;
        private final List<StringBuilder> interfaces = new ArrayList<>();
        private final List<StringBuilder> parameters = new ArrayList<>();
        private final StringBuilder returnType = new StringBuilder();

        private Parts() {
            super(Opcodes.ASM9);
        }

        static Parts of(String signature, boolean isClass) {
            Parts parts = new Parts();
            new SignatureReader(signature).accept(parts);
            if (isClass && parts.superclass == null) {
                throw new IllegalArgumentException("class signature without a superclass: " + signature);
            }
            return parts;
        }

        /** {@code <T extends java.lang.Number, U>}, or "" when there are none; an {@code Object} bound is left out. */
        String typeParameters() {
            if (typeParameterNames.isEmpty()) {
                return "";
            }
            List<String> declarations = new ArrayList<>();
            for (int i = 0; i < typeParameterNames.size(); i++) {
                List<String> bounds = typeParameterBounds.get(i).stream().map(StringBuilder::toString)
                        .filter(bound -> !bound.equals("java.lang.Object")).collect(Collectors.toList());
                declarations.add(typeParameterNames.get(i)
                        + (bounds.isEmpty() ? "" : " extends " + String.join(" & ", bounds)));
            }
            return "<" + String.join(", ", declarations) + ">";
        }

        @Override
        public void visitFormalTypeParameter(String name) {
            typeParameterNames.add(name);
            typeParameterBounds.add(new ArrayList<>());
        }

        @Override
        public SignatureVisitor visitClassBound() {
            return bound();
        }

        @Override
        public SignatureVisitor visitInterfaceBound() {
            return bound();
        }

        private SignatureVisitor bound() {
            StringBuilder bound = new StringBuilder();
            typeParameterBounds.get(typeParameterBounds.size() - 1).add(bound);
            return new TypeText(bound);
        }

        @Override
        public SignatureVisitor visitSuperclass() {
            superclass = new StringBuilder();
            return new TypeText(superclass);
        }

        @Override
        public SignatureVisitor visitInterface() {
            StringBuilder type = new StringBuilder();
            interfaces.add(type);
            return new TypeText(type);
        }

        @Override
        public SignatureVisitor visitParameterType() {
            StringBuilder type = new StringBuilder();
            parameters.add(type);
            return new TypeText(type);
        }

        @Override
        public SignatureVisitor visitReturnType() {
            return new TypeText(returnType);
        }

        @Override
        public SignatureVisitor visitExceptionType() {
            // Checked exceptions are not part of binary compatibility.
            return new TypeText(new StringBuilder());
        }
    }

    /**
     * Writes one type signature as Java source: {@code java.util.Map<java.lang.String, ? extends T>[]}. Type arguments
     * are visited by nested instances writing to the same builder, in order.
     */
    private static final class TypeText extends SignatureVisitor {
        private final StringBuilder out;
        private int arrayDimensions;
        private boolean typeArgumentsOpen;

        TypeText(StringBuilder out) {
            super(Opcodes.ASM9);
            this.out = out;
        }

        @Override
        public void visitBaseType(char descriptor) {
            out.append(Type.getType(String.valueOf(descriptor)).getClassName());
            endType();
        }

        @Override
        public void visitTypeVariable(String name) {
            out.append(name);
            endType();
        }

        @Override
        public SignatureVisitor visitArrayType() {
            // The element type is visited by this same visitor; the brackets follow when it ends.
            arrayDimensions++;
            return this;
        }

        @Override
        public void visitClassType(String name) {
            out.append(name.replace('/', '.'));
        }

        @Override
        public void visitInnerClassType(String name) {
            closeTypeArguments();
            out.append('$').append(name);
        }

        @Override
        public void visitTypeArgument() {
            openTypeArgument();
            out.append('?');
        }

        @Override
        public SignatureVisitor visitTypeArgument(char wildcard) {
            openTypeArgument();
            if (wildcard == SignatureVisitor.EXTENDS) {
                out.append("? extends ");
            } else if (wildcard == SignatureVisitor.SUPER) {
                out.append("? super ");
            }
            return new TypeText(out);
        }

        @Override
        public void visitEnd() {
            closeTypeArguments();
            endType();
        }

        private void openTypeArgument() {
            out.append(typeArgumentsOpen ? ", " : "<");
            typeArgumentsOpen = true;
        }

        private void closeTypeArguments() {
            if (typeArgumentsOpen) {
                out.append('>');
                typeArgumentsOpen = false;
            }
        }

        private void endType() {
            out.append("[]".repeat(arrayDimensions));
            arrayDimensions = 0;
        }
    }
}
