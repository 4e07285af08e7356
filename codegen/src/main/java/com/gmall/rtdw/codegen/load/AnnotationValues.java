package com.gmall.rtdw.codegen.load;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewArrayTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arguments of one annotation as written in source. Definitions are read without compiling
 * them, so only literals, arrays of literals and enum constants ({@code PartitionGranularity.DAY})
 * are understood; anything else is reported as an error by the caller.
 */
final class AnnotationValues {
    /** A value that is not a literal: the caller reports it. */
    static final Object UNSUPPORTED = new Object();

    private final String name;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private AnnotationValues(String name) {
        this.name = name;
    }

    /** Reads an annotation's simple name and arguments. */
    static AnnotationValues of(AnnotationTree tree) {
        String type = tree.getAnnotationType().toString();
        AnnotationValues result = new AnnotationValues(type.substring(type.lastIndexOf('.') + 1));
        for (ExpressionTree arg : tree.getArguments()) {
            if (arg instanceof AssignmentTree assign) {
                result.values.put(
                        assign.getVariable().toString(), evaluate(assign.getExpression()));
            } else {
                result.values.put("value", evaluate(arg));
            }
        }
        return result;
    }

    /** Simple name of the annotation type. */
    String name() {
        return name;
    }

    /** Names of the arguments given whose value is not a literal. */
    List<String> unsupported() {
        return values.entrySet().stream()
                .filter(e -> e.getValue() == UNSUPPORTED)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** A string argument, or null when absent or not a string. */
    String string(String key) {
        return values.get(key) instanceof String s ? s : null;
    }

    /** An int argument, or null when absent or not an int. */
    Integer integer(String key) {
        return values.get(key) instanceof Integer i ? i : null;
    }

    /** A string array argument (a single string counts as one element), empty when absent. */
    List<String> strings(String key) {
        Object v = values.get(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    /**
     * The constant name of an enum argument ({@code DAY} for {@code PartitionGranularity.DAY}), or
     * null.
     */
    String enumConstant(String key) {
        return values.get(key) instanceof EnumConstant c ? c.name() : null;
    }

    private static Object evaluate(ExpressionTree expr) {
        if (expr instanceof LiteralTree literal) {
            return literal.getValue();
        }
        if (expr instanceof NewArrayTree array && array.getInitializers() != null) {
            List<Object> items = new ArrayList<>();
            for (ExpressionTree item : array.getInitializers()) {
                Object v = evaluate(item);
                if (v == UNSUPPORTED) {
                    return UNSUPPORTED;
                }
                items.add(v);
            }
            return items;
        }
        if (expr instanceof MemberSelectTree select) {
            return new EnumConstant(select.getIdentifier().toString());
        }
        if (expr instanceof IdentifierTree id) {
            return new EnumConstant(id.getName().toString());
        }
        return UNSUPPORTED;
    }

    private record EnumConstant(String name) {}
}
