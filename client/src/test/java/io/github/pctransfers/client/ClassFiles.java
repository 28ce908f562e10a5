package io.github.pctransfers.client;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the API checks need from a compiled class, read from the class file itself (constant pool and access
 * flags), so that nothing has to be loaded: its name, whether it is public, and the names it mentions.
 */
final class ClassFiles {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+)[;<]");

    /** One compiled class. Names are binary names with dots ({@code a.b.C$D}). */
    static final class ClassFile {
        final String name;
        final boolean isPublic;
        /** Every class named in the constant pool: references, and types in descriptors and signatures. */
        final Set<String> mentions;

        ClassFile(String name, boolean isPublic, Set<String> mentions) {
            this.name = name;
            this.isPublic = isPublic;
            this.mentions = mentions;
        }

        String packageName() {
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(0, dot);
        }

        boolean isTopLevel() {
            return name.indexOf('$') < 0;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private ClassFiles() {
    }

    /** Every class under {@code root} (a class output folder), module-info left out. */
    static List<ClassFile> under(Path root) throws IOException {
        List<ClassFile> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
                if (!file.getFileName().toString().equals("module-info.class")) {
                    try (InputStream in = Files.newInputStream(file)) {
                        classes.add(read(in));
                    }
                }
            }
        }
        return classes;
    }

    static ClassFile read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1:
                    utf8[i] = in.readUTF();
                    break;
                case 7:
                    classNameIndex[i] = in.readUnsignedShort();
                    break;
                case 8: case 16: case 19: case 20:
                    in.readUnsignedShort();
                    break;
                case 15:
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                    break;
                case 3: case 4: case 9: case 10: case 11: case 12: case 17: case 18:
                    in.readInt();
                    break;
                case 5: case 6:
                    in.readLong();
                    i++; // takes two slots
                    break;
                default:
                    throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int access = in.readUnsignedShort();
        String self = utf8[classNameIndex[in.readUnsignedShort()]].replace('/', '.');
        Set<String> mentions = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                String n = utf8[classNameIndex[i]];
                if (!n.startsWith("[")) {
                    mentions.add(n.replace('/', '.'));
                }
            }
            if (utf8[i] != null) {
                Matcher m = DESCRIPTOR_TYPE.matcher(utf8[i]);
                while (m.find()) {
                    mentions.add(m.group(1).replace('/', '.'));
                }
            }
        }
        mentions.remove(self);
        return new ClassFile(self, Modifier.isPublic(access), mentions);
    }
}
