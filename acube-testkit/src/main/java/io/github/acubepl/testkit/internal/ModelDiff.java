package io.github.acubepl.testkit.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds where two model objects differ by walking their public getters (the model's element names
 * prefixed with {@code get}), so that a failed round trip names the element that changed. Not part
 * of the API.
 */
public final class ModelDiff {
    private static final int MAX_DIFFERENCES = 10;

    private ModelDiff() {
    }

    /** Up to ten differences, each as {@code path: expected <a> but was <b>}; empty when equal. */
    public static List<String> differences(@Nullable Object expected, @Nullable Object actual) {
        List<String> out = new ArrayList<>();
        String root = expected != null ? expected.getClass().getSimpleName()
                : actual != null ? actual.getClass().getSimpleName() : "";
        walk(root, expected, actual, out);
        return out;
    }

    private static void walk(String path, @Nullable Object a, @Nullable Object b, List<String> out) {
        if (out.size() >= MAX_DIFFERENCES || Objects.equals(a, b)) {
            return;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            out.add(path + ": expected <" + Text.show(a) + "> but was <" + Text.show(b) + ">");
            return;
        }
        if (a instanceof List) {
            List<?> la = (List<?>) a;
            List<?> lb = (List<?>) b;
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                walk(path + "[" + (i + 1) + "]", la.get(i), lb.get(i), out);
            }
            if (la.size() != lb.size()) {
                out.add(path + ": expected " + la.size() + " values but was " + lb.size());
            }
            return;
        }
        List<Method> getters = getters(a.getClass());
        if (getters.isEmpty() || a.getClass().isEnum()) {
            out.add(path + ": expected <" + Text.show(a) + "> but was <" + Text.show(b) + ">");
            return;
        }
        int before = out.size();
        for (Method m : getters) {
            try {
                walk(path + "/" + m.getName().substring(3), m.invoke(a), m.invoke(b), out);
            } catch (IllegalAccessException | InvocationTargetException e) {
                out.add(path + "/" + m.getName().substring(3) + ": cannot read (" + e + ")");
            }
        }
        if (out.size() == before) {
            out.add(path + ": not equal, but no getter shows a difference");
        }
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        if (!type.getPackageName().startsWith("io.github.acubepl.model")) {
            return getters;
        }
        for (Method m : type.getMethods()) {
            if (m.getName().startsWith("get") && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass() == type) {
                getters.add(m);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        return getters;
    }
}
