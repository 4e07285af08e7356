package com.gmall.rtdw.codegen.emit;

import com.squareup.javapoet.NameAllocator;

/**
 * Names of local variables in one generated method. The method's own names (parameters, loop
 * variables) are reserved first, so a schema field called {@code out}, {@code value} or {@code
 * class} gets a different, still readable local ({@code out_}, {@code class_}) instead of code that
 * does not compile.
 */
final class LocalNames {
    private final NameAllocator names = new NameAllocator();

    LocalNames(String... reserved) {
        for (String r : reserved) {
            names.newName(r, r);
        }
    }

    /** A fresh name close to {@code suggestion}, remembered under {@code tag}. */
    String allocate(String suggestion, Object tag) {
        return names.newName(suggestion, tag);
    }

    /** A fresh name close to {@code suggestion}, for a name used once (a loop variable). */
    String fresh(String suggestion) {
        return names.newName(suggestion);
    }

    /** The name given to {@code tag} earlier. */
    String get(Object tag) {
        return names.get(tag);
    }
}
